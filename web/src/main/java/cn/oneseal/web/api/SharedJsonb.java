package cn.oneseal.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The one JSON-B instance that writes the API's answers. Without a resolver, RESTEasy builds a new
 * {@link Jsonb} for every response ({@code JsonbBuilder.create()}), so Yasson inspected every
 * answer's classes again each time: ≈ 8 % of the server's CPU over a whole case (issue 18,
 * docs/performance.md, "Where a case's time goes"). This is the same default configuration, built
 * once; Yasson's {@code Jsonb} is thread-safe and keeps the class models it has built.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  @Override
  public Jsonb getContext(Class<?> type) {
    return Holder.JSONB;
  }

  /** Built on the first answer, in the server, where the JSON-B provider is. */
  private static final class Holder {
    static final Jsonb JSONB = JsonbBuilder.create();
  }
}
