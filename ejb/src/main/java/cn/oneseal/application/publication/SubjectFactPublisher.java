package cn.oneseal.application.publication;

import cn.oneseal.application.oversight.SubjectFact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Listens for {@link SubjectFact}s and hands the published kinds (sanctions, revocations) to the
 * publications. It observes synchronously, so the publication is written in the transaction of the
 * act that fired the fact: an act rolled back publishes nothing.
 */
@ApplicationScoped
public class SubjectFactPublisher {

  private final PublicationService publications;

  @Inject
  SubjectFactPublisher(PublicationService publications) {
    this.publications = publications;
  }

  /** For CDI's proxy. */
  protected SubjectFactPublisher() {
    this.publications = null;
  }

  void onFact(@Observes SubjectFact fact) {
    if (fact.kind().published()) {
      publications.record(fact);
    }
  }
}
