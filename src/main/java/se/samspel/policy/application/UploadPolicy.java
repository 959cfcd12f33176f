package se.samspel.policy.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import se.samspel.policy.domain.PolicyStore;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.PolicyVersionUploaded;
import se.samspel.policy.format.PolicyDocument;

/**
 * An administrator uploads a policy document (the API and the Administration page): it is validated
 * completely and stored as the next version of its key, and {@link PolicyVersionUploaded} is fired
 * in the same transaction, so that the audit trail keeps an entry exactly when a version was
 * stored. Uploading the latest version's content again changes nothing and is not kept.
 */
@ApplicationScoped
public class UploadPolicy {

  /**
   * Who uploads.
   *
   * @param person the administrator's person (external id), if the organisation knows them
   * @param login the login their token named
   */
  public record Administrator(Optional<String> person, Optional<String> login) {
    public Administrator {
      Objects.requireNonNull(person, "person is required (may be empty)");
      Objects.requireNonNull(login, "login is required (may be empty)");
    }

    /** The name a stored version keeps as its uploader: the person id, else the login. */
    String describe() {
      return person.or(() -> login).orElse("unknown");
    }
  }

  private final PolicyCatalog catalog;
  private final Event<PolicyVersionUploaded> uploaded;
  private final Clock clock;

  public UploadPolicy(PolicyCatalog catalog, Event<PolicyVersionUploaded> uploaded, Clock clock) {
    this.catalog = catalog;
    this.uploaded = uploaded;
    this.clock = clock;
  }

  /**
   * Stores the document as the next version of its key, or returns the latest version when its
   * content is the same.
   *
   * @throws se.samspel.common.SamspelException {@code policy-invalid} (422) naming every problem
   */
  public PolicyVersion upload(PolicyDocument document, Administrator administrator) {
    try {
      return QuarkusTransaction.joiningExisting()
          .call(
              () -> {
                PolicyStore.Added added = catalog.store(document, administrator.describe());
                if (added.stored()) {
                  uploaded.fire(
                      new PolicyVersionUploaded(
                          added.version(),
                          administrator.person(),
                          administrator.login(),
                          clock.instant()));
                }
                return added.version();
              });
    } finally {
      // After the commit (or the rollback): the versions in memory are the stored ones.
      catalog.reload();
    }
  }
}
