package se.samspel.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.samspel.organisation.domain.PositionId;
import se.samspel.request.domain.RequestOutlines;
import se.samspel.request.domain.RequestOutlines.RequestOutline;
import se.samspel.review.domain.DeviationFacts;
import se.samspel.review.domain.ReviewSource;
import se.samspel.review.domain.SiteVisitFacts;

/**
 * The review's facts from the parts that own them: requests and their history through the request
 * part's read port {@link RequestOutlines}, deviations through {@link DeviationFacts}, registered
 * site visits (a count) through {@link SiteVisitFacts}. Only what the review counts crosses over:
 * who acted is left behind (the review holds no personal data).
 */
@ApplicationScoped
public class StoredReviewSource implements ReviewSource {

  private final RequestOutlines requests;
  private final DeviationFacts deviations;
  private final SiteVisitFacts visits;

  public StoredReviewSource(
      RequestOutlines requests, DeviationFacts deviations, SiteVisitFacts visits) {
    this.requests = requests;
    this.deviations = deviations;
    this.visits = visits;
  }

  @Override
  public int registeredSiteVisits(LocalDate from, LocalDate to) {
    return visits.registeredBetween(from, to);
  }

  @Override
  public List<DeviationFact> deviations(Instant from, Instant to) {
    return deviations.between(from, to);
  }

  @Override
  public Optional<String> recordHeadHash() {
    return deviations.headHash();
  }

  @Override
  public List<RequestFact> requests(Instant from, Instant to) {
    return requests.createdBetween(from, to).stream().map(StoredReviewSource::fact).toList();
  }

  @Override
  public List<RequestFact> stuckAtTop() {
    return requests.openAndStuckAtTop().stream().map(StoredReviewSource::fact).toList();
  }

  private static RequestFact fact(RequestOutline r) {
    return new RequestFact(
        r.id().value(),
        r.kind().name(),
        r.createdAt(),
        r.status().name(),
        r.stuckAtTop(),
        r.waitingOn().map(PositionId::value),
        r.history().stream()
            .map(e -> new EventFact(e.at(), e.event(), e.hop(), e.note()))
            .toList());
  }
}
