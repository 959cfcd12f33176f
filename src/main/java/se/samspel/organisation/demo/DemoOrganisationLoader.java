package se.samspel.organisation.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.samspel.organisation.application.ImportOrganisation;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationStore;

/**
 * At start: loads the demo organisation into an empty database when {@code samspel.demo.seed} is on
 * (the embedded default and the tests), then reads the organisation into memory.
 */
@Singleton
public class DemoOrganisationLoader {

  private static final Logger LOG = Logger.getLogger(DemoOrganisationLoader.class);

  void onStart(
      @Observes StartupEvent event,
      @ConfigProperty(name = "samspel.demo.seed", defaultValue = "false") boolean seed,
      OrganisationStore store,
      ImportOrganisation importOrganisation,
      OrganisationDirectory directory) {
    if (seed && store.revision() == 0) {
      LOG.info("Empty database: loading the demo organisation (Mälarviks kommun)");
      importOrganisation.importDocument(DemoOrganisation.build(), "demo-seed");
    } else {
      directory.reload();
    }
  }
}
