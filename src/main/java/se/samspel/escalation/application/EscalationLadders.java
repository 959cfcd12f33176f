package se.samspel.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import se.samspel.escalation.domain.EscalationLadder;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.EscalationPolicy;
import se.samspel.request.domain.ContactRequest;
import se.samspel.request.domain.RoutedUnder;
import se.samspel.request.domain.VacantPostWaits;

/**
 * The ladder a request climbs: the escalation section of the policy version it was routed under, as
 * its route is, so a later version never changes how an open request escalates. A version that
 * states no section (stored before the format had one) climbs the reporting lines ({@link
 * EscalationPolicy#REPORTING_LINES}). Stored versions never change, so each one's ladder is kept
 * once read.
 */
@ApplicationScoped
public class EscalationLadders implements VacantPostWaits {

  private static final Logger LOG = Logger.getLogger(EscalationLadders.class);

  private final PolicyCatalog policies;
  private final MunicipalityScope scope;
  private final Map<String, EscalationLadder> byVersion = new ConcurrentHashMap<>();

  public EscalationLadders(PolicyCatalog policies, MunicipalityScope scope) {
    this.policies = policies;
    this.scope = scope;
  }

  /** Whether the request's own policy version lets an escalated step wait on a vacant post. */
  @Override
  public boolean escalatedStepWaitsOnVacantPost(ContactRequest request) {
    return of(request.routedUnder()).waitsOnVacantPosts();
  }

  /** The ladder of the policy version a request was routed under. */
  public EscalationLadder of(RoutedUnder routedUnder) {
    // Each municipality versions its guidelines on its own: its kungsor#2 may not be another's.
    String version =
        scope.current().value() + "/" + routedUnder.policyKey() + "#" + routedUnder.policyVersion();
    EscalationLadder known = byVersion.get(version);
    if (known != null) {
      return known;
    }
    return policies
        .version(routedUnder.policyKey(), routedUnder.policyVersion())
        .map(
            v ->
                byVersion.computeIfAbsent(
                    version, k -> new EscalationLadder(v.policy().escalationOrReportingLines())))
        .orElseGet(
            () -> {
              // Not cached: the version may yet be read by a reload of the catalog.
              LOG.warnf(
                  "Policy %s is not known here; escalating its request up the reporting lines",
                  version);
              return new EscalationLadder(EscalationPolicy.REPORTING_LINES);
            });
  }
}
