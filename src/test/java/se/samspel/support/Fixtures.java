package se.samspel.support;

import java.time.LocalDate;
import se.samspel.organisation.demo.DemoOrganisation;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.importing.ImportValidator;
import se.samspel.policy.domain.Policy;
import se.samspel.policy.format.PolicyJson;

/** The shared fixtures of the plain (non-Quarkus) tests: the demo organisation and policies. */
public final class Fixtures {

  /** The day the plain routing tests run on: inside both policies' validity. */
  public static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  private static OrganisationGraph demo;

  private Fixtures() {}

  public static synchronized OrganisationGraph demo() {
    if (demo == null) {
      ImportValidator.ImportResult result = ImportValidator.validate(DemoOrganisation.build());
      if (!(result instanceof ImportValidator.ImportResult.Valid valid)) {
        throw new AssertionError("the demo organisation is invalid: " + result);
      }
      demo = OrganisationGraph.of(valid.organisation());
    }
    return demo;
  }

  public static Policy kungsor() {
    return shipped("policies/kungsor-2023.json");
  }

  public static Policy alingsas() {
    return shipped("policies/alingsas-2022.json");
  }

  public static Policy statutory() {
    return shipped("policies/statutory.json");
  }

  public static String resource(String name) {
    try (var in = Fixtures.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("missing resource " + name);
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Policy shipped(String name) {
    return PolicyJson.readValidResource(name);
  }
}
