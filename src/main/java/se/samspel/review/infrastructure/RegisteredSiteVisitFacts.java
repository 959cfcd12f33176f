package se.samspel.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import se.samspel.review.domain.SiteVisitFacts;
import se.samspel.visit.domain.SiteVisitStore;

/** The review's count of registered site visits, read from the visit part's store. */
@ApplicationScoped
public class RegisteredSiteVisitFacts implements SiteVisitFacts {

  private final SiteVisitStore store;

  public RegisteredSiteVisitFacts(SiteVisitStore store) {
    this.store = store;
  }

  @Override
  public int registeredBetween(LocalDate from, LocalDate to) {
    return store.countVisitedBetween(from, to);
  }
}
