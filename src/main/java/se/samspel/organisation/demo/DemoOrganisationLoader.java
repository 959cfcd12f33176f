package se.samspel.organisation.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.samspel.municipality.application.AddMunicipality;
import se.samspel.municipality.application.Municipalities;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.organisation.application.ImportOrganisation;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationStore;

/**
 * At start, when {@code samspel.demo.seed} is on (the embedded default and the tests): loads the
 * demo organisation into the first municipality when its organisation is empty, and, when {@code
 * samspel.demo.second-municipality} is on too, adds the second demo municipality (9902, {@value
 * DemoOrganisation#SECOND_NAME}, on the Alingsås guideline) with its own organisation, so that the
 * difference between two guidelines is visible at once. Then reads every municipality's
 * organisation into memory.
 */
@Singleton
public class DemoOrganisationLoader {

  private static final Logger LOG = Logger.getLogger(DemoOrganisationLoader.class);

  /** The second demo municipality's code: fictional, outside SCB's range. */
  public static final MunicipalityId SECOND = new MunicipalityId("9902");

  void onStart(
      @Observes StartupEvent event,
      @ConfigProperty(name = "samspel.demo.seed", defaultValue = "false") boolean seed,
      @ConfigProperty(name = "samspel.demo.second-municipality", defaultValue = "false")
          boolean second,
      OrganisationStore store,
      ImportOrganisation importOrganisation,
      OrganisationDirectory directory,
      Municipalities municipalities,
      MunicipalityScope scope,
      AddMunicipality addMunicipality) {
    MunicipalityId first = municipalities.first().id();
    if (seed && second && municipalities.find(SECOND).isEmpty()) {
      addMunicipality.add(SECOND.value(), DemoOrganisation.SECOND_NAME, "alingsas", "demo-seed");
    }
    scope.eachMunicipality(
        municipality -> {
          boolean demo =
              municipality.id().equals(first) || (second && municipality.id().equals(SECOND));
          if (seed && demo && store.revision() == 0) {
            LOG.infof(
                "Empty organisation: loading the demo organisation into %s (%s)",
                municipality.name(), municipality.id().value());
            importOrganisation.importDocument(
                municipality.id().equals(first)
                    ? DemoOrganisation.build()
                    : DemoOrganisation.second(),
                "demo-seed");
          } else {
            directory.reload();
          }
        });
  }
}
