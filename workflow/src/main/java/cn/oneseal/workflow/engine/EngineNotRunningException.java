package cn.oneseal.workflow.engine;

/**
 * The process engine is not running: still being built in the first seconds after a start, or its
 * build failed (the server log says why). A request that needs it is answered 503, to be retried.
 */
public class EngineNotRunningException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EngineNotRunningException(String message, Throwable cause) {
    super(message, cause);
  }
}
