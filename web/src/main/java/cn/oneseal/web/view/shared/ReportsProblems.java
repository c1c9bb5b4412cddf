package cn.oneseal.web.view.shared;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A view action whose refusals and failures are told to the person on the page instead of ending in
 * an error page: a {@link cn.oneseal.domain.shared.DomainException} becomes its translated message,
 * an {@link jakarta.ejb.EJBException} becomes "try again later" with a reference (see {@link
 * FacesSupport#unexpected}). The action then returns {@code null}, so navigation stays on the page.
 *
 * <p>Only calls from the page (through the bean's proxy) are intercepted: a method that the bean
 * itself calls must handle its problems with {@link FacesSupport#attempt} instead (a test keeps it
 * so).
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({METHOD, TYPE})
public @interface ReportsProblems {

  /**
   * Whether a refusal also sets the HTTP status (404, 403, 409, 400): for the action that reads the
   * page's subject, so that a page that could not load it does not answer 200.
   */
  @Nonbinding
  boolean pageStatus() default false;
}
