package cn.oneseal.web.api;

import cn.oneseal.application.DepartmentPushService;
import cn.oneseal.application.ExchangeSignature;
import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Authenticates a department's request by its signature (docs/exchange.md) before its body is read
 * as JSON: the raw body is what was signed. A refusal is 401 whatever was wrong; the channel that
 * signed is handed on as the request property {@link #CHANNEL}.
 */
@Provider
@ApplicationScoped
@SignedByDepartment
@Priority(Priorities.AUTHENTICATION)
public class DepartmentSignatureFilter implements ContainerRequestFilter {

  /** The request property naming the certificate code of the channel that signed. */
  public static final String CHANNEL = "oneseal.exchange.channel";

  /** A callback is small; anything larger is not one. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  @Inject DepartmentPushService pushes;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    byte[] body = request.getEntityStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw DomainException.invalidField(
          "body", "error.request.tooLarge", Math.max(1, MAX_BODY_BYTES / (1024 * 1024)));
    }
    String channel =
        pushes.authenticateDepartment(
            request.getHeaderString(ExchangeSignature.KEY_ID),
            request.getHeaderString(ExchangeSignature.TIMESTAMP),
            request.getHeaderString(ExchangeSignature.SIGNATURE),
            body);
    request.setProperty(CHANNEL, channel);
    request.setEntityStream(new ByteArrayInputStream(body));
  }
}
