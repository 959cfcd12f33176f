package se.samspel.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.demo.OrganisationBuilder;
import se.samspel.organisation.demo.SmallOrganisation;
import se.samspel.organisation.domain.Organisation;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.importing.ImportValidator.ImportResult;

/**
 * Logins equal once normalised (case and Unicode form ignored) are duplicates: identity providers
 * do not tell them apart (issue 14). Every row involved is named, with the other row and both
 * spellings.
 */
class LoginUniquenessTest {

  private static List<ImportProblem> loginProblems(ImportDocument document) {
    ImportResult result = ImportValidator.validate(document);
    assertThat(result).isInstanceOf(ImportResult.Invalid.class);
    return ((ImportResult.Invalid) result)
        .problems().stream().filter(p -> p.field().endsWith("login")).toList();
  }

  private static int indexOf(ImportDocument d, String personId) {
    for (int i = 0; i < d.people().size(); i++) {
      if (d.people().get(i).id().equals(personId)) {
        return i;
      }
    }
    throw new AssertionError("no person " + personId);
  }

  /** The small organisation with one more person, a water engineer, holding a position. */
  private static ImportDocument smallWith(String newLogin) {
    OrganisationBuilder b = SmallOrganisation.builder();
    b.position(
        "POS-VA-3",
        "Ingenjör",
        "STAFF_MEMBER",
        "U-TF-VA",
        "POS-VA-CH",
        b.person("P-VA-3", "Ny Ingenjör", newLogin));
    return b.build();
  }

  @Test
  void logins_differing_only_by_case_are_refused_naming_both_json_paths() {
    ImportDocument d = smallWith("KD");
    int kd = indexOf(d, "P-KD");
    int other = indexOf(d, "P-VA-3");
    assertThat(loginProblems(d))
        .containsExactly(
            new ImportProblem(
                null,
                "people[" + kd + "].login",
                "login 'kd' differs only by case from 'KD' on people["
                    + other
                    + "]; identity providers do not tell them apart"),
            new ImportProblem(
                null,
                "people[" + other + "].login",
                "login 'KD' differs only by case from 'kd' on people["
                    + kd
                    + "]; identity providers do not tell them apart"));
  }

  @Test
  void a_decomposed_and_a_composed_letter_are_the_same_login() {
    OrganisationBuilder b = SmallOrganisation.builder();
    b.position(
        "POS-VA-3",
        "Ingenjör",
        "STAFF_MEMBER",
        "U-TF-VA",
        "POS-VA-CH",
        b.person("P-VA-3", "Östen Ek", "\u00f6sten"));
    b.position(
        "POS-VA-4",
        "Ingenjör",
        "STAFF_MEMBER",
        "U-TF-VA",
        "POS-VA-CH",
        b.person("P-VA-4", "Östen Al", "o\u0308sten"));
    List<ImportProblem> problems = loginProblems(b.build());
    assertThat(problems).hasSize(2);
    assertThat(problems)
        .allSatisfy(
            p ->
                assertThat(p.reason())
                    .contains("differs only by Unicode form")
                    .contains("identity providers do not tell them apart"));
  }

  @Test
  void logins_that_differ_in_more_than_case_are_accepted() {
    assertThat(ImportValidator.validate(smallWith("kd2"))).isInstanceOf(ImportResult.Valid.class);
    assertThat(ImportValidator.validate(smallWith("k d"))).isInstanceOf(ImportResult.Valid.class);
  }

  @Test
  void a_login_is_stored_as_given() {
    ImportResult result = ImportValidator.validate(smallWith("Agneta.Stromvall@Ekelunda.example"));
    assertThat(result).isInstanceOf(ImportResult.Valid.class);
    Organisation o = ((ImportResult.Valid) result).organisation();
    assertThat(o.people())
        .filteredOn(p -> p.id().value().equals("P-VA-3"))
        .singleElement()
        .extracting(Person::login)
        .isEqualTo(Optional.of("Agneta.Stromvall@Ekelunda.example"));
  }

  @Test
  void three_rows_sharing_a_login_each_name_the_other_two() {
    OrganisationBuilder b = SmallOrganisation.builder();
    b.position(
        "POS-VA-3",
        "Ingenjör",
        "STAFF_MEMBER",
        "U-TF-VA",
        "POS-VA-CH",
        b.person("P-3", "A", "Kso"));
    b.position(
        "POS-VA-4",
        "Ingenjör",
        "STAFF_MEMBER",
        "U-TF-VA",
        "POS-VA-CH",
        b.person("P-4", "B", "kso"));
    ImportDocument d = b.build();
    List<ImportProblem> problems = loginProblems(d);
    assertThat(problems)
        .extracting(ImportProblem::field)
        .containsExactly(
            "people[" + indexOf(d, "P-KSO") + "].login",
            "people[" + indexOf(d, "P-3") + "].login",
            "people[" + indexOf(d, "P-4") + "].login");
    // The original 'kso' is repeated exactly on P-4 and differs by case from P-3's 'Kso'.
    assertThat(problems.get(0).reason())
        .isEqualTo(
            "login 'kso' differs only by case from 'Kso' on people["
                + indexOf(d, "P-3")
                + "] (and is repeated on people["
                + indexOf(d, "P-4")
                + "]); identity providers do not tell them apart");
  }

  @Test
  void a_csv_names_both_rows_and_the_login_column() {
    String csv =
        String.join(
            "\n",
            "unit_id;unit_name;unit_kind;parent_unit_id;responsible_committee_id;unit_head;"
                + "position_id;position_title;position_kind;reports_to_position_id;person_id;"
                + "person_name;login",
            "U-KOMMUN;Ängsby kommun;MUNICIPALITY;;;;;;;;;;",
            "U-KS;Kommunstyrelsen;EXECUTIVE_BOARD;U-KOMMUN;;;POS-KSO;KSO;KSO;;P-KSO;Tove;kso",
            "U-KLF;KLF;DEPARTMENT;U-KOMMUN;U-KS;ja;POS-KD;KD;MUNICIPAL_DIRECTOR;;P-KD;Siv;KD",
            "U-KLF;;;;;;POS-FC;Chef;DEPARTMENT_HEAD;POS-KD;P-FC;Arne;fc",
            "U-KLF;;;;;;POS-X;Handläggare;STAFF_MEMBER;POS-KD;P-X;Nils;Kd",
            "");
    CsvOrganisationFormat.ReadResult read = CsvOrganisationFormat.read(csv);
    assertThat(read.problems()).isEmpty();
    List<ImportProblem> problems = loginProblems(read.document());
    assertThat(problems)
        .containsExactly(
            new ImportProblem(
                4,
                "login",
                "login 'KD' differs only by case from 'Kd' on row 6;"
                    + " identity providers do not tell them apart"),
            new ImportProblem(
                6,
                "login",
                "login 'Kd' differs only by case from 'KD' on row 4;"
                    + " identity providers do not tell them apart"));
  }
}
