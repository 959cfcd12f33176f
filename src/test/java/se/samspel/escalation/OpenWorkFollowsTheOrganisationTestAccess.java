package se.samspel.escalation;

import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.change;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.holder;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.importOrganisation;
import static se.samspel.escalation.OpenWorkFollowsTheOrganisationTest.withoutPerson;

import se.samspel.support.ImportDocuments;

/** The demo organisation changes of {@link OpenWorkFollowsTheOrganisationTest}, for other parts. */
public final class OpenWorkFollowsTheOrganisationTestAccess {

  private OpenWorkFollowsTheOrganisationTestAccess() {}

  /** Imports the demo organisation without Maria Berg (P-POL, login "politiker"). */
  public static void retirePolitician() {
    importOrganisation(
        change(
            holder("POS-BUN-LED-POL", null),
            holder("POS-KF-LED-POL", null),
            withoutPerson("P-POL")));
  }

  /** Imports the demo organisation as it was. */
  public static void restoreTheDemo() {
    importOrganisation(ImportDocuments.demo());
  }
}
