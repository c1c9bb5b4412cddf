package cn.oneseal.web.view.account;

import cn.oneseal.infrastructure.config.OneSealConfig;
import cn.oneseal.web.security.SourceAddress;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/** What the pages of one's own account share: the request's address and session. */
final class AccountPages {

  private AccountPages() {}

  static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  static HttpSession session() {
    return request().getSession();
  }

  static String source(OneSealConfig config) {
    return SourceAddress.of(request(), config.trustedProxies());
  }
}
