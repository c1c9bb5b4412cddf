package cn.oneseal.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under {@code /api}: the integration surface for other systems and our tests. Clients
 * authenticate with HTTP Basic; the OpenAPI description is served at {@code /openapi}.
 */
@ApplicationPath("/api")
public class OneSealApi extends Application {}
