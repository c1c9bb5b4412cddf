package cn.oneseal.web.view.verification;

import cn.oneseal.application.VerificationService;
import cn.oneseal.application.dto.VerificationResult;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.web.i18n.Messages;
import cn.oneseal.web.view.shared.FacesSupport;
import cn.oneseal.web.view.shared.ReportsProblems;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Public verification of the bureau's documents (文书核验): anyone uploads a PDF, or opens the link of
 * a document's QR code ({@code ?token=}), and reads whether the seal is the bureau's, whether the
 * file is unchanged since sealing, whether it is in the seal register, and the document's status.
 */
@Named
@ViewScoped
public class DocumentVerificationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private VerificationService verifications;

  private String token;
  private VerificationResult result;
  private String fileName;
  private boolean notFound;

  /** Checks the document of the QR code's token, if the address has one. */
  public void load() {
    if (token == null || token.isBlank()) {
      return;
    }
    // not @ReportsProblems: an unknown token shows the page's not-found panel, not a message
    try {
      result = verifications.verifyToken(token.strip());
    } catch (DomainException e) {
      notFound = true;
      FacesSupport.statusFor(e);
    } catch (EJBException e) {
      FacesSupport.unexpected(e);
    }
  }

  /** Checks an uploaded file. */
  @ReportsProblems
  public void upload(FileUploadEvent event) {
    notFound = false;
    // a file that cannot be checked leaves no result of an earlier one on the page
    result = null;
    fileName = event.getFile().getFileName();
    result = verifications.verify(event.getFile().getContent());
  }

  /** All four checks passed: the bureau's sealed, unchanged, registered document. */
  public boolean isAuthentic() {
    return result != null
        && result.sealed()
        && result.intact()
        && result.registered()
        && result.problems().isEmpty();
  }

  /** The problems found, in the reader's language. */
  public List<String> getProblems() {
    return result == null
        ? List.of()
        : result.problems().stream()
            .map(code -> Messages.error(code, FacesSupport.locale()))
            .toList();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public VerificationResult getResult() {
    return result;
  }

  public String getFileName() {
    return fileName;
  }

  public boolean isNotFound() {
    return notFound;
  }

  public int getMaxBytes() {
    return VerificationService.MAX_BYTES;
  }
}
