package cn.oneseal.web.api;

import cn.oneseal.application.Paging;
import cn.oneseal.application.SealRegisterService;
import cn.oneseal.application.VerificationService;
import cn.oneseal.application.dto.AuditLine;
import cn.oneseal.application.dto.SealRegisterLine;
import cn.oneseal.application.dto.VerificationResult;
import cn.oneseal.domain.model.account.Actor;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Public verification of the bureau's sealed documents — by upload, or by the token of a document's
 * QR code — and the seal register for those who answer for the seal.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class VerificationResource {

  @Inject VerificationService verifications;

  @Inject SealRegisterService register;

  @Inject CurrentActor currentActor;

  @Context HttpHeaders headers;

  /** A verification with each problem's translated message. */
  public record VerificationJson(
      boolean sealed,
      boolean intact,
      boolean registered,
      boolean sm2Valid,
      String signer,
      VerificationResult.Document document,
      List<ApiError.Problem> problems) {

    static VerificationJson of(VerificationResult r, Locale locale) {
      return new VerificationJson(
          r.sealed(),
          r.intact(),
          r.registered(),
          r.sm2Valid(),
          r.signer(),
          r.document(),
          r.problems().stream()
              .map(code -> new ApiError.Problem(code, Messages.error(code, locale)))
              .toList());
    }
  }

  /** Anyone uploads a PDF (multipart field {@code file}). */
  @Operation(summary = "Anyone uploads a PDF (multipart field file)")
  @POST
  @Path("verifications")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public VerificationJson verifyUpload(@FormParam("file") EntityPart file) {
    if (file == null) {
      throw DomainException.invalid("error.verification.empty");
    }
    return VerificationJson.of(verifications.verify(read(file)), locale());
  }

  /** The same for a PDF sent as the request body. */
  @Operation(summary = "The same for a PDF sent as the request body")
  @POST
  @Path("verifications")
  @Consumes("application/pdf")
  public VerificationJson verifyBody(byte[] pdf) {
    return VerificationJson.of(verifications.verify(pdf), locale());
  }

  /**
   * Anyone checks a stored document by the token its QR code carries (the QR leads to {@code
   * /verify.xhtml?token=…}, which shows the same). There is no way to ask by the document's id: ids
   * count up, and anyone could walk through every decision the bureau issued. A token nobody issued
   * is 404, whatever its shape.
   */
  @Operation(
      summary =
          "Anyone checks a stored document by the token its QR code carries (the QR leads to /verify.xhtml?token=…")
  @GET
  @Path("verifications/{token}")
  public VerificationJson verifyToken(@PathParam("token") String token) {
    return VerificationJson.of(verifications.verifyToken(token), locale());
  }

  /** A page of the seal register, latest first; sortable by sealedAt, applicationNumber. */
  @Operation(
      summary =
          "A page of the seal register, latest first; sortable by sealedAt, applicationNumber")
  @GET
  @Path("seal-register")
  public Page<SealRegisterLine> register(
      @QueryParam("application") String application, @BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    Paging paging = page.toPaging(SealRegisterService.SORTABLE);
    return Page.of(register.entries(actor, application, paging), paging, line -> line);
  }

  /** A page of the refused attempts at sealed acts, latest first; sortable by occurredAt. */
  @Operation(
      summary =
          "A page of the refused attempts at sealed acts, latest first; sortable by occurredAt")
  @GET
  @Path("seal-register/refusals")
  public Page<AuditLine> refusals(@BeanParam PageRequest page) {
    Actor actor = currentActor.require();
    Paging paging = page.toPaging(SealRegisterService.REFUSALS_SORTABLE);
    return Page.of(register.refusals(actor, paging), paging, line -> line);
  }

  private Locale locale() {
    return DomainExceptionMapper.locale(headers);
  }

  private static byte[] read(EntityPart part) {
    try (InputStream in = part.getContent()) {
      byte[] bytes = in.readNBytes(VerificationService.MAX_BYTES + 1);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file", e);
    }
  }
}
