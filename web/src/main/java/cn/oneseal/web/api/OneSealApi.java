package cn.oneseal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under {@code /api}: the integration surface for other systems and our tests. Clients
 * authenticate with HTTP Basic (demo and tests) or a bearer token (a personal access token); the
 * OpenAPI 3.1 description is served at {@code /openapi}: the operations from the resources'
 * annotations, merged with META-INF/openapi.yaml (title, security schemes) and the installation's
 * public address as its server ({@code ONESEAL_PUBLIC_URL},
 * META-INF/microprofile-config.properties).
 */
@ApplicationPath("/api")
public class OneSealApi extends Application {}
