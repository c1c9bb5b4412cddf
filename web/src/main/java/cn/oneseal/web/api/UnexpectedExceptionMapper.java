package cn.oneseal.web.api;

import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.input.InputConstraints;
import cn.oneseal.workflow.engine.EngineNotRunningException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line: a body that cannot be read is the client's mistake (400); anything else is logged
 * with a reference the person can quote, and answered without internals.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(Exception e) {
    Optional<DomainException> refusal = InputConstraints.refusalIn(e);
    if (refusal.isPresent()) {
      return DomainExceptionMapper.toResponse(refusal.get(), DomainExceptionMapper.locale(headers));
    }
    if (isConcurrentChange(e)) {
      return DomainExceptionMapper.toResponse(
          DomainException.conflict("error.task.changedConcurrently"),
          DomainExceptionMapper.locale(headers));
    }
    if (engineNotRunning(e)) {
      return DomainExceptionMapper.toResponse(
          DomainException.unavailable(ENGINE_RETRY_AFTER, "error.engine.notRunning"),
          DomainExceptionMapper.locale(headers));
    }
    if (isUnreadableBody(e)) {
      LOG.fine(() -> "unreadable request body: " + e);
      return Response.status(Response.Status.BAD_REQUEST)
          .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
          .entity(
              new ApiError(
                  "error.request.malformed",
                  Messages.error(
                      "error.request.malformed", DomainExceptionMapper.locale(headers), "JSON")))
          .build();
    }
    return internalError(e, headers);
  }

  static Response internalError(Throwable e, HttpHeaders headers) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    LOG.log(Level.SEVERE, "unexpected failure, reference " + reference, e);
    return Response.status(Response.Status.INTERNAL_SERVER_ERROR)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            new ApiError(
                "error.internal",
                Messages.error("error.internal", DomainExceptionMapper.locale(headers), reference)))
        .build();
  }

  /**
   * Two people changed the same application or task at once: the database let one through and
   * rolled the other back (a stale version, or a deadlock it broke). That is a conflict the loser
   * can resolve by reloading.
   */
  static boolean isConcurrentChange(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String name = t.getClass().getName();
      if (name.endsWith("OptimisticLockException")
          || name.endsWith("OptimisticLockingException")
          || name.endsWith("StaleObjectStateException")
          || name.endsWith("StaleStateException")
          || name.endsWith("PessimisticLockException")
          || name.endsWith("LockAcquisitionException")
          || isTransactionConflict(t)) {
        return true;
      }
    }
    return false;
  }

  /** A deadlock or serialization failure (SQLSTATE class 40): the database chose this one. */
  private static boolean isTransactionConflict(Throwable t) {
    return t instanceof java.sql.SQLException sql
        && sql.getSQLState() != null
        && sql.getSQLState().startsWith("40");
  }

  /** How long a client should wait before it tries again while the engine starts. */
  static final Duration ENGINE_RETRY_AFTER = Duration.ofSeconds(5);

  /** The process engine is still starting, or did not start ({@link EngineNotRunningException}). */
  static boolean engineNotRunning(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EngineNotRunningException) {
        return true;
      }
    }
    return false;
  }

  private static boolean isUnreadableBody(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException
          || t instanceof ProcessingException
          || t.getClass().getName().contains("JsonParsing")
          || t instanceof jakarta.json.JsonException) {
        return true;
      }
    }
    return false;
  }
}
