package se.samspel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.samspel.architecture.violations.application.UseCaseReadingAnApiModel;
import se.samspel.architecture.violations.domain.DomainObjectAnsweringHttp;
import se.samspel.architecture.violations.domain.DomainObjectUsingJpaStore;
import se.samspel.architecture.violations.elsewhere.ServiceBuildingHttpResponses;
import se.samspel.architecture.violations.elsewhere.ServiceReadingThePageContext;
import se.samspel.architecture.violations.parts.billing.InvoiceDesk;
import se.samspel.architecture.violations.parts.ordering.OrderDesk;
import se.samspel.architecture.violations.web.PageShowingARestView;

/**
 * The dependency direction of the house style, checked on the production classes: the domain and
 * the import validation know nothing of HTTP, persistence or Quarkus; application services do not
 * reach up into the REST layer; JAX-RS is used only by REST resources and the problem mapping.
 *
 * <p>Each rule is also run against deliberately broken classes (package {@code violations}, test
 * code only) to show that it can fail.
 */
class ArchitectureTest {

  static final ArchRule DOMAIN_AND_IMPORTING_ARE_FREE_OF_FRAMEWORKS =
      noClasses()
          .that()
          .resideInAnyPackage("se.samspel..domain..", "se.samspel..importing..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ws.rs..",
              "jakarta.persistence..",
              "io.quarkus..",
              "org.hibernate..",
              "se.samspel..api..",
              "se.samspel..infrastructure..")
          .as(
              "domain and importing classes do not depend on JAX-RS, JPA, Quarkus, Hibernate, the"
                  + " REST layer or infrastructure")
          .allowEmptyShould(false);

  static final ArchRule APPLICATION_DOES_NOT_DEPEND_ON_THE_API =
      noClasses()
          .that()
          .resideInAPackage("se.samspel..application..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("se.samspel..api..")
          .as("application services do not depend on the REST layer")
          .allowEmptyShould(false);

  static final ArchRule JAX_RS_ONLY_IN_RESOURCES_AND_PROBLEM_MAPPING =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "se.samspel.common.http..", "se.samspel..api..", "se.samspel.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy.reactive..")
          .as("only REST resources (*.api), the pages (web) and common.http use JAX-RS")
          .allowEmptyShould(false);

  static final ArchRule PAGES_USE_APPLICATION_SERVICES_NOT_STORAGE =
      noClasses()
          .that()
          .resideInAPackage("se.samspel.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("se.samspel..infrastructure..", "jakarta.persistence..")
          .as("pages go through the application services, never to storage directly")
          .allowEmptyShould(false);

  static final ArchRule NOTHING_DEPENDS_ON_THE_PAGES =
      noClasses()
          .that()
          .resideOutsideOfPackage("se.samspel.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("se.samspel.web..")
          .as("the pages are an outer layer: nothing else depends on them")
          .allowEmptyShould(false);

  /**
   * The parts ({@code se.samspel.organisation}, {@code se.samspel.request}, …) form no cycle: where
   * one part needs another that depends on it, a port in the needing part (as {@code
   * request.domain.OutsideRouteLog}) turns the arrow round. Given the root, so that the same rule
   * can be shown failing on the deliberately cyclic parts of the test code.
   */
  static ArchRule partsFormNoCycle(String root) {
    return slices()
        .matching(root + ".(*)..")
        .namingSlices("part $1")
        .should()
        .beFreeOfCycles()
        .as("the parts under " + root + " form no cycle");
  }

  /**
   * The pages render read models from the application layer, never the REST layer's payloads: the
   * two outer layers each adapt the application to their audience. Given the pages' package, so
   * that the rule can be shown failing on a deliberately broken page of the test code.
   */
  static ArchRule pagesDoNotUseTheRestLayer(String pagesPackage, String restPackages) {
    return noClasses()
        .that()
        .resideInAPackage(pagesPackage + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(restPackages)
        .as("the pages (" + pagesPackage + ") do not depend on the REST layer")
        .allowEmptyShould(false);
  }

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.samspel");
  }

  @Test
  void the_rules_see_the_real_packages() {
    assertThat(production.stream().map(c -> c.getPackageName()))
        .contains(
            "se.samspel.organisation.domain",
            "se.samspel.organisation.importing",
            "se.samspel.organisation.application",
            "se.samspel.organisation.api",
            "se.samspel.organisation.infrastructure",
            "se.samspel.security.api",
            "se.samspel.substitution.domain",
            "se.samspel.substitution.application",
            "se.samspel.substitution.api",
            "se.samspel.substitution.infrastructure",
            "se.samspel.common.http",
            "se.samspel.outbox.domain",
            "se.samspel.outbox.application",
            "se.samspel.notification.domain",
            "se.samspel.notification.application",
            "se.samspel.policy.domain",
            "se.samspel.routing.domain",
            "se.samspel.request.domain",
            "se.samspel.escalation.domain",
            "se.samspel.escalation.application",
            "se.samspel.escalation.api",
            "se.samspel.escalation.infrastructure",
            "se.samspel.deviation.domain",
            "se.samspel.deviation.application",
            "se.samspel.deviation.api",
            "se.samspel.deviation.infrastructure",
            "se.samspel.report.domain",
            "se.samspel.report.application",
            "se.samspel.review.domain",
            "se.samspel.review.application",
            "se.samspel.review.api",
            "se.samspel.review.infrastructure",
            "se.samspel.privacy.application",
            "se.samspel.privacy.api",
            "se.samspel.web",
            "se.samspel.web.policy",
            "se.samspel.web.escalation",
            "se.samspel.web.requests",
            "se.samspel.web.record",
            "se.samspel.web.admin");
    assertThat(production.stream().map(c -> c.getPackageName()))
        .noneMatch(p -> p.startsWith("se.samspel.architecture"));
  }

  @Test
  void domain_and_importing_know_nothing_of_http_persistence_or_quarkus() {
    DOMAIN_AND_IMPORTING_ARE_FREE_OF_FRAMEWORKS.check(production);
  }

  @Test
  void application_services_do_not_depend_on_the_rest_layer() {
    APPLICATION_DOES_NOT_DEPEND_ON_THE_API.check(production);
  }

  @Test
  void only_rest_resources_and_problem_mapping_use_jax_rs() {
    JAX_RS_ONLY_IN_RESOURCES_AND_PROBLEM_MAPPING.check(production);
  }

  @Test
  void pages_go_through_application_services_and_nothing_depends_on_them() {
    PAGES_USE_APPLICATION_SERVICES_NOT_STORAGE.check(production);
    NOTHING_DEPENDS_ON_THE_PAGES.check(production);
  }

  @Test
  void the_parts_form_no_cycle() {
    partsFormNoCycle("se.samspel").check(production);
  }

  @Test
  void the_pages_render_application_read_models_not_rest_payloads() {
    pagesDoNotUseTheRestLayer("se.samspel.web", "se.samspel..api..").check(production);
  }

  @Test
  void each_rule_fails_on_a_class_that_breaks_it() {
    assertThat(
            partsFormNoCycle("se.samspel.architecture.violations.parts")
                .evaluate(new ClassFileImporter().importClasses(OrderDesk.class, InvoiceDesk.class))
                .hasViolation())
        .isTrue();
    assertThat(
            pagesDoNotUseTheRestLayer(
                    "se.samspel.architecture.violations.web",
                    "se.samspel.architecture.violations..api..")
                .evaluate(new ClassFileImporter().importClasses(PageShowingARestView.class))
                .hasViolation())
        .isTrue();
    assertThat(
            NOTHING_DEPENDS_ON_THE_PAGES
                .evaluate(new ClassFileImporter().importClasses(ServiceReadingThePageContext.class))
                .hasViolation())
        .isTrue();
    assertThat(
            DOMAIN_AND_IMPORTING_ARE_FREE_OF_FRAMEWORKS
                .evaluate(new ClassFileImporter().importClasses(DomainObjectAnsweringHttp.class))
                .hasViolation())
        .isTrue();
    assertThat(
            DOMAIN_AND_IMPORTING_ARE_FREE_OF_FRAMEWORKS
                .evaluate(new ClassFileImporter().importClasses(DomainObjectUsingJpaStore.class))
                .hasViolation())
        .isTrue();
    assertThat(
            APPLICATION_DOES_NOT_DEPEND_ON_THE_API
                .evaluate(new ClassFileImporter().importClasses(UseCaseReadingAnApiModel.class))
                .hasViolation())
        .isTrue();
    assertThat(
            JAX_RS_ONLY_IN_RESOURCES_AND_PROBLEM_MAPPING
                .evaluate(new ClassFileImporter().importClasses(ServiceBuildingHttpResponses.class))
                .hasViolation())
        .isTrue();
  }
}
