package cn.oneseal.domain.model.application;

import java.util.List;
import java.util.Optional;

/** Where the drafts of ordinary applications are kept. */
public interface ApplicationDraftRepository {

  Optional<ApplicationDraft> find(long id);

  /** The owner's unsent drafts, the latest changed first. */
  List<ApplicationDraft> draftsOf(String owner);

  long countDrafts(String owner);

  void store(ApplicationDraft draft);

  void remove(ApplicationDraft draft);

  void flush();
}
