package cn.oneseal.web.http;

/**
 * The one Content-Security-Policy of the application. Scripts come only from the application
 * itself: on Faces pages PrimeFaces (context parameter {@code primefaces.CSP}) moves every inline
 * handler into scripts carrying a per-response nonce and appends {@code 'nonce-…'} to the policy's
 * last directive, {@code script-src} — which is why that directive comes last, and why web.xml's
 * {@code primefaces.CSP_POLICY} must stay equal to {@link #POLICY} (a unit test checks it).
 *
 * <p>One relaxation remains: {@code style-src 'unsafe-inline'}. PrimeFaces components write {@code
 * style} attributes into the markup and set element styles from their scripts (dialogs, overlays,
 * the data table's column widths), and several pages carry a {@code <style>} block; a nonce covers
 * only scripts. Inline styles cannot run code, so the protection against injected scripts stays
 * whole. Images may be {@code data:} URIs (PrimeFaces' theme icons) and fonts likewise (bpmn-js).
 */
public final class ContentSecurityPolicy {

  public static final String POLICY =
      "default-src 'self'; img-src 'self' data:; font-src 'self' data:;"
          + " style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'; script-src 'self'";

  private ContentSecurityPolicy() {}
}
