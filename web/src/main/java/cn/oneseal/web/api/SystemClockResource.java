package cn.oneseal.web.api;

import cn.oneseal.domain.model.account.Role;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.config.ClockProducer;
import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The application's clock, movable by an administrator only where the installation allows it
 * ({@code ONESEAL_CLOCK_CONTROL=true}, the acceptance tests of the legal clock); elsewhere this
 * resource does not exist (404).
 */
@Path("/system/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SystemClockResource {

  @Inject CurrentActor currentActor;

  @Inject OneSealConfig config;

  @Inject ClockProducer clocks;

  @Operation(summary = "The application's clock (tests and demonstrations)")
  @GET
  public Map<String, String> now() {
    requireControl();
    return Map.of(
        "now", clocks.adjustable().instant().toString(),
        "offset", clocks.adjustable().offset().toString());
  }

  /** {@code {"now":"2027-01-05T09:00:00+08:00"}} moves the clock there; {@code {}} resets it. */
  @Operation(
      summary =
          "Moves the application's clock to a moment, or resets it (tests and demonstrations)")
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> set(Map<String, String> body) {
    requireControl();
    String target = body == null ? null : body.get("now");
    if (target == null || target.isBlank()) {
      clocks.adjustable().setOffset(Duration.ZERO);
    } else {
      try {
        Instant wanted = java.time.OffsetDateTime.parse(target).toInstant();
        clocks.adjustable().setOffset(Duration.between(Instant.now(), wanted));
      } catch (DateTimeParseException e) {
        throw DomainException.invalid("error.clock.format", target);
      }
    }
    return now();
  }

  private void requireControl() {
    if (!config.clockControl()) {
      throw DomainException.notFound("error.notFound", "/api/system/clock");
    }
    currentActor.require().require(Role.ADMIN);
  }
}
