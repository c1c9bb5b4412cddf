package cn.oneseal.web.view.shared;

import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.Priority;
import jakarta.ejb.EJBException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.lang.reflect.Method;

/**
 * Shows what went wrong in a {@link ReportsProblems} action. Serializable because the views it
 * intercepts are view-scoped and may be passivated with the session.
 */
@ReportsProblems
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ReportsProblemsInterceptor implements Serializable {

  private static final long serialVersionUID = 1L;

  @AroundInvoke
  public Object report(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (DomainException e) {
      FacesSupport.error(e);
      if (pageStatus(invocation.getMethod())) {
        FacesSupport.statusFor(e);
      }
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
    return null;
  }

  private static boolean pageStatus(Method method) {
    ReportsProblems binding = method.getAnnotation(ReportsProblems.class);
    if (binding == null) {
      binding = method.getDeclaringClass().getAnnotation(ReportsProblems.class);
    }
    return binding != null && binding.pageStatus();
  }
}
