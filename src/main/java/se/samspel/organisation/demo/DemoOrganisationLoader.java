package se.samspel.organisation.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.samspel.municipality.application.Municipalities;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.organisation.application.ImportOrganisation;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationStore;

/**
 * At start: loads the demo organisation into the first municipality when {@code samspel.demo.seed}
 * is on (the embedded default and the tests) and its organisation is empty, then reads every
 * municipality's organisation into memory.
 */
@Singleton
public class DemoOrganisationLoader {

  private static final Logger LOG = Logger.getLogger(DemoOrganisationLoader.class);

  void onStart(
      @Observes StartupEvent event,
      @ConfigProperty(name = "samspel.demo.seed", defaultValue = "false") boolean seed,
      OrganisationStore store,
      ImportOrganisation importOrganisation,
      OrganisationDirectory directory,
      Municipalities municipalities,
      MunicipalityScope scope) {
    MunicipalityId first = municipalities.first().id();
    scope.eachMunicipality(
        municipality -> {
          if (seed && municipality.id().equals(first) && store.revision() == 0) {
            LOG.infof(
                "Empty organisation: loading the demo organisation into %s (%s)",
                municipality.name(), municipality.id().value());
            importOrganisation.importDocument(DemoOrganisation.build(), "demo-seed");
          } else {
            directory.reload();
          }
        });
  }
}
