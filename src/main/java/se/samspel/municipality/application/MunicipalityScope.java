package se.samspel.municipality.application;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import se.samspel.municipality.domain.Municipality;
import se.samspel.municipality.domain.MunicipalityId;

/**
 * Which municipality the work at hand is about (issue 16). Everything stored is scoped by it: the
 * entities' tenant id (Hibernate ORM discriminator multitenancy) is resolved from {@link
 * #current()}, and so are the organisation, the guideline and the substitutions held in memory.
 *
 * <p>A request is about the municipality of its address ({@code /api/{municipalityId}/…}, see
 * {@code municipality.api.MunicipalityAddress}); the unscoped, deprecated addresses are about the
 * deployment's first municipality. Background work (the sweeper, the dispatcher, start-up) names
 * its municipality with {@link #within} or goes through them all with {@link #eachMunicipality}.
 */
@ApplicationScoped
public class MunicipalityScope {

  private static final Logger LOG = Logger.getLogger(MunicipalityScope.class);

  private final Municipalities municipalities;
  private final AddressedMunicipality addressed;
  private final MunicipalityId first;

  @Inject
  public MunicipalityScope(
      Municipalities municipalities, AddressedMunicipality addressed, MunicipalityConfig config) {
    this.municipalities = municipalities;
    this.addressed = addressed;
    this.first = new MunicipalityId(config.first().id());
  }

  /**
   * A scope that is always one municipality, for code run outside the application (unit tests of
   * the parts that hold state per municipality): {@link #within} and {@link #eachMunicipality} run
   * the work at once, in that municipality.
   */
  public static MunicipalityScope fixed(Municipality municipality) {
    return new MunicipalityScope(null, null, municipality.id()) {
      @Override
      public MunicipalityId current() {
        return municipality.id();
      }

      @Override
      public Municipality currentMunicipality() {
        return municipality;
      }

      @Override
      public <T> T within(MunicipalityId id, Supplier<T> work) {
        if (!id.equals(municipality.id())) {
          throw new IllegalArgumentException("this scope is " + municipality.id().value());
        }
        return work.get();
      }

      @Override
      public void eachMunicipality(Consumer<Municipality> work) {
        work.accept(municipality);
      }
    };
  }

  private MunicipalityScope(
      Municipalities municipalities, AddressedMunicipality addressed, MunicipalityId first) {
    this.municipalities = municipalities;
    this.addressed = addressed;
    this.first = first;
  }

  /**
   * The municipality the current request or background work is about; the deployment's first where
   * none was named (the unscoped addresses, and code outside any request).
   */
  public MunicipalityId current() {
    ManagedContext requests = Arc.container().requestContext();
    if (requests.isActive()) {
      return addressed.id().orElse(first);
    }
    return first;
  }

  /** The current municipality as the deployment knows it (name, guideline). */
  public Municipality currentMunicipality() {
    return municipalities.require(current());
  }

  /**
   * Makes a request about a municipality: called once, by the address, before any resource runs.
   */
  public void address(MunicipalityId id) {
    addressed.set(id);
  }

  /**
   * Runs work about one municipality, in a request context of its own (so that no database session
   * or request-scoped state of another municipality is reused), and gives back its result.
   *
   * @throws IllegalStateException when called inside a transaction: the transaction's database
   *     session belongs to the municipality it was begun for
   */
  public <T> T within(MunicipalityId id, Supplier<T> work) {
    if (QuarkusTransaction.isActive()) {
      throw new IllegalStateException(
          "A municipality's work cannot begin inside a transaction begun for another");
    }
    ManagedContext requests = Arc.container().requestContext();
    InjectableContext.ContextState outer = requests.isActive() ? requests.getState() : null;
    requests.activate();
    try {
      addressed.set(id);
      return work.get();
    } finally {
      requests.terminate();
      if (outer != null) {
        requests.activate(outer);
      }
    }
  }

  /** {@link #within(MunicipalityId, Supplier)} for work without a result. */
  public void within(MunicipalityId id, Runnable work) {
    within(
        id,
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Runs work for every municipality of the deployment, one after the other, each {@link #within}
   * its own scope. One municipality's failure is logged and does not keep the others' work from
   * running; it is thrown again after all have had their turn.
   */
  public void eachMunicipality(Consumer<Municipality> work) {
    RuntimeException failed = null;
    for (Municipality municipality : municipalities.all()) {
      try {
        within(municipality.id(), () -> work.accept(municipality));
      } catch (RuntimeException e) {
        LOG.errorf(e, "Work for municipality %s failed", municipality.id().value());
        if (failed == null) {
          failed = e;
        } else {
          failed.addSuppressed(e);
        }
      }
    }
    if (failed != null) {
      throw failed;
    }
  }
}
