package se.samspel.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.samspel.audit.domain.AdministrativeAction;
import se.samspel.audit.domain.AuditTrail;

/**
 * Reads the audit trail. Only administrators may (the API and the page check the role before they
 * ask).
 */
@ApplicationScoped
public class AuditLog {

  private final AuditTrail trail;

  public AuditLog(AuditTrail trail) {
    this.trail = trail;
  }

  /** A page of the trail, newest first. */
  public Entries newestFirst(int page, int size) {
    return new Entries(trail.newestFirst(page * size, size), trail.count());
  }

  /** Every entry the person acted in as an administrator, oldest first. */
  public List<AdministrativeAction> actedBy(String person) {
    return trail.byActor(person);
  }

  /** Entries of one page and how many there are in all. */
  public record Entries(List<AdministrativeAction> items, long total) {}
}
