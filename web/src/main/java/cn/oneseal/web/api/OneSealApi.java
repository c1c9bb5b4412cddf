package cn.oneseal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;

/**
 * The JSON API under {@code /api}: the integration surface for other systems and our tests. Clients
 * authenticate with HTTP Basic (demo and tests) or a bearer token (a personal access token); the
 * OpenAPI 3.1 description is served at {@code /openapi}, its server being the installation's public
 * address ({@code ONESEAL_PUBLIC_URL}, see META-INF/microprofile-config.properties).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "OneSeal 一颗印章 API",
            version = "1",
            description =
                "One-stop administrative approval: applications, tasks, the catalogue, licences."
                    + " Errors are {code, message, problems}; lists page as {items, page, size,"
                    + " total}."),
    security = {
      @SecurityRequirement(name = OneSealApi.BASIC),
      @SecurityRequirement(name = OneSealApi.BEARER)
    })
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = OneSealApi.BASIC,
      type = SecuritySchemeType.HTTP,
      scheme = "basic",
      description = "User name and password (demo accounts, tests)"),
  @SecurityScheme(
      securitySchemeName = OneSealApi.BEARER,
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      description = "A personal access token: Authorization: Bearer <token>")
})
public class OneSealApi extends Application {

  static final String BASIC = "basicAuth";
  static final String BEARER = "bearerAuth";
}
