package se.samspel.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.demo.SmallOrganisation;
import se.samspel.organisation.importing.ImportValidator;
import se.samspel.organisation.importing.ImportValidator.ImportResult;

/**
 * Finding a person by the login an identity provider sends (issue 14): case-insensitively and
 * Unicode-aware, and never guessing when several people share a login once normalised (a database
 * imported before the import refused such logins).
 */
class OrganisationGraphLoginTest {

  private static Organisation small() {
    ImportResult result = ImportValidator.validate(SmallOrganisation.builder().build());
    assertThat(result).isInstanceOf(ImportResult.Valid.class);
    return ((ImportResult.Valid) result).organisation();
  }

  /** The small organisation with some people's logins replaced, as a database could hold it. */
  private static OrganisationGraph withLogins(Map<String, String> loginByPerson) {
    Organisation o = small();
    List<Person> people = new ArrayList<>();
    for (Person p : o.people()) {
      String login = loginByPerson.get(p.id().value());
      people.add(
          login == null
              ? p
              : new Person(
                  p.id(), p.name(), p.email(), Optional.of(login).filter(l -> !l.isEmpty())));
    }
    return OrganisationGraph.of(new Organisation(o.units(), o.positions(), people));
  }

  private static String idOf(Optional<Person> person) {
    return person.map(p -> p.id().value()).orElse(null);
  }

  @Test
  void a_login_is_found_whatever_the_case_the_identity_provider_sends() {
    OrganisationGraph graph = OrganisationGraph.of(small());
    assertThat(idOf(graph.personByLogin("kd"))).isEqualTo("P-KD");
    assertThat(idOf(graph.personByLogin("KD"))).isEqualTo("P-KD");
    assertThat(idOf(graph.personByLogin(" Kd "))).isEqualTo("P-KD");
    assertThat(graph.lookupLogin("KD"))
        .isInstanceOfSatisfying(
            LoginMatch.Found.class, f -> assertThat(f.person().id().value()).isEqualTo("P-KD"));
  }

  @Test
  void a_stored_mixed_case_login_is_found_by_the_lower_case_subject() {
    OrganisationGraph graph =
        withLogins(Map.of("P-VA-1", "Agneta.Stromvall@Ekelunda.example", "P-VA-2", "O\u0308sten"));
    assertThat(idOf(graph.personByLogin("agneta.stromvall@ekelunda.example"))).isEqualTo("P-VA-1");
    assertThat(idOf(graph.personByLogin("AGNETA.STROMVALL@EKELUNDA.EXAMPLE"))).isEqualTo("P-VA-1");
    // Stored decomposed and upper case, sent composed and lower case.
    assertThat(idOf(graph.personByLogin("\u00f6sten"))).isEqualTo("P-VA-2");
    assertThat(graph.sharedLogins()).isEmpty();
  }

  @Test
  void an_unknown_null_or_blank_login_is_unknown() {
    OrganisationGraph graph = OrganisationGraph.of(small());
    for (String login : new String[] {"nobody", "", "   ", null}) {
      assertThat(graph.lookupLogin(login))
          .as(String.valueOf(login))
          .isEqualTo(new LoginMatch.Unknown());
      assertThat(graph.personByLogin(login)).as(String.valueOf(login)).isEmpty();
    }
  }

  @Test
  void a_login_several_people_share_once_normalised_is_ambiguous_and_finds_no_one() {
    // P-FC-TF leads P-VA-CH; an old import stored their logins differing only by case.
    OrganisationGraph graph =
        withLogins(Map.of("P-FC-TF", "fc-tf", "P-VA-CH", "FC-TF", "P-VA-1", "Fc-Tf"));
    for (String sent : List.of("fc-tf", "FC-TF", "Fc-tF")) {
      assertThat(graph.personByLogin(sent)).as(sent).isEmpty();
      assertThat(graph.lookupLogin(sent))
          .as(sent)
          .isInstanceOfSatisfying(
              LoginMatch.Ambiguous.class,
              a -> {
                assertThat(a.login()).isEqualTo("fc-tf");
                assertThat(a.people())
                    .extracting(p -> p.id().value())
                    .containsExactly("P-FC-TF", "P-VA-1", "P-VA-CH");
              });
    }
    // Everyone else still signs in.
    assertThat(idOf(graph.personByLogin("kd"))).isEqualTo("P-KD");
  }

  @Test
  void shared_logins_lists_each_shared_login_once_in_a_stable_order() {
    OrganisationGraph graph =
        withLogins(
            Map.of(
                "P-VA-CH", "KD",
                "P-VA-2", "\u00d6sten",
                "P-VA-1", "o\u0308sten"));
    Map<String, List<Person>> shared = graph.sharedLogins();
    assertThat(shared.keySet()).containsExactly("kd", "\u00f6sten");
    assertThat(shared.get("kd")).extracting(p -> p.id().value()).containsExactly("P-KD", "P-VA-CH");
    assertThat(shared.get("\u00f6sten"))
        .extracting(p -> p.id().value())
        .containsExactly("P-VA-1", "P-VA-2");
    assertThat(OrganisationGraph.of(small()).sharedLogins()).isEmpty();
  }
}
