package se.samspel.web.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.samspel.support.Api.asAdministrator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.samspel.support.Fixtures;
import se.samspel.support.Tokens;

/**
 * "Riktlinje" shows how matters climb as its own section, in Swedish first and in English: every
 * step in plain words with its passage, the section's own citation, and what happens to vacant and
 * retired posts; a version without a section says that the reporting lines apply.
 */
@QuarkusTest
class PolicyPageTest {

  private static final Pattern SECTION =
      Pattern.compile(
          "<section aria-labelledby=\"escalation-heading\" id=\"eskalering\">(.*?)</section>",
          Pattern.DOTALL);
  private static final Pattern STEP =
      Pattern.compile("<li class=\"ladder-step\">(.*?)</li>", Pattern.DOTALL);
  private static final Pattern STEP_WORDS = Pattern.compile("<p>(.*?)</p>", Pattern.DOTALL);

  private static RequestSpecification reader(String lang) {
    RequestSpecification spec =
        given().redirects().follow(false).cookie("samspel_token", Tokens.forLogin("larare"));
    return lang == null ? spec : spec.cookie("samspel_lang", lang);
  }

  /** The HTML of the page's escalation section. */
  private static String escalation(String path, String lang) {
    String html = reader(lang).get(path).then().statusCode(200).extract().asString();
    Matcher m = SECTION.matcher(html);
    assertThat(m.find()).as("the escalation section of " + path).isTrue();
    return m.group(1);
  }

  /** The HTML of each step of the ladder. */
  private static List<String> steps(String section) {
    List<String> steps = new ArrayList<>();
    Matcher m = STEP.matcher(section);
    while (m.find()) {
      steps.add(m.group(1));
    }
    return steps;
  }

  /** What a step says in words: the text of its first paragraph. */
  private static String words(String step) {
    Matcher m = STEP_WORDS.matcher(step);
    assertThat(m.find()).isTrue();
    return text(m.group(1));
  }

  /** Text as a reader sees it: tags gone, entities read, white space collapsed. */
  private static String text(String html) {
    return html.replaceAll("<[^>]+>", " ")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ")
        .replace(" )", ")")
        .replace("( ", "(")
        .trim();
  }

  @Test
  void the_guideline_page_shows_the_escalation_steps_in_swedish_with_their_passages() {
    String section = escalation("/riktlinje", null);

    assertThat(section).contains("<h2 id=\"escalation-heading\">Eskalering</h2>");
    assertThat(section).contains("<ol class=\"route ladder\" aria-labelledby=\"ladder-heading\">");
    List<String> steps = steps(section);
    assertThat(steps)
        .extracting(PolicyPageTest::words)
        .containsExactly(
            "Anställda → går till närmaste chef (den tjänst den väntande rapporterar till:"
                + " medarbetarens chef, chefens chef, förvaltningschefens kommundirektör)",
            "Kommunstyrelsens ordförande → går till ingen nivå över: ärendet har nått toppen av"
                + " kedjan",
            "Politiker utom Kommunstyrelsens ordförande → går till kommunstyrelsens ordförande"
                + " (KSO)");
    // The arrow is for the eye; a screen reader hears the words instead.
    assertThat(steps)
        .allSatisfy(
            s ->
                assertThat(s)
                    .contains(
                        "<span aria-hidden=\"true\">→</span><span class=\"visually-hidden\">går"
                            + " till</span>"));

    assertThat(text(steps.get(0)))
        .contains("Medarbetare kontaktar enhetschef som kontaktar förvaltningschef")
        .contains("Källa: Kommunikation i akuta frågor");
    assertThat(steps.get(1)).doesNotContain("<blockquote");
    assertThat(text(steps.get(2))).contains("Källa: Fördelning av ansvar och roller");

    String beforeSteps = section.substring(0, section.indexOf("<ol"));
    assertThat(beforeSteps).contains("<blockquote class=\"quote\" lang=\"sv\">");
    assertThat(text(beforeSteps))
        .contains("Medarbetaren ska i första hand tala med närmaste chef", "Källa: Medarbetare");
    assertThat(text(section))
        .contains("Vakant tjänst", "hoppas den över", "Borttagen tjänst")
        .contains("går till kommundirektören (KD).")
        .doesNotContain("inget eget avsnitt om eskalering");
  }

  @Test
  void the_escalation_section_reads_in_english_when_the_reader_chose_english() {
    String section = escalation("/riktlinje", "en");

    assertThat(section).contains("<h2 id=\"escalation-heading\">Escalation</h2>");
    assertThat(steps(section))
        .extracting(PolicyPageTest::words)
        .containsExactly(
            "Employees → goes to nearest manager (the position the waiting one reports to: a"
                + " staff member's manager, a manager's manager, a department head's municipal"
                + " director)",
            "Chair of the executive board → goes to no level above: the request has reached the"
                + " top of the chain",
            "Politicians except Chair of the executive board → goes to the chair of the"
                + " executive board (KSO)");
    // The passages stay in the words the guideline was adopted in, marked as Swedish.
    assertThat(section).contains("<blockquote class=\"quote\" lang=\"sv\">");
    assertThat(text(section))
        .contains("Medarbetaren ska i första hand tala med närmaste chef", "Source: Medarbetare")
        .contains("Vacant post", "is passed over", "goes to the municipal director (KD).");
  }

  @Test
  void a_version_without_a_section_says_the_reporting_lines_apply() throws Exception {
    ObjectNode doc =
        (ObjectNode) new ObjectMapper().readTree(Fixtures.resource("policies/alingsas-2022.json"));
    doc.remove("escalation");
    doc.put("key", "sida-utan-eskalering");
    int version =
        asAdministrator()
            .contentType(ContentType.JSON)
            .body(doc.toString())
            .post("/api/policies")
            .then()
            .statusCode(201)
            .extract()
            .path("version");
    String path = "/riktlinje/sida-utan-eskalering/" + version;

    String section = escalation(path, null);
    assertThat(text(section)).contains("inget eget avsnitt om eskalering", "rapportvägarna");
    assertThat(steps(section))
        .extracting(PolicyPageTest::words)
        .containsExactly(
            "Anställda → går till närmaste chef (den tjänst den väntande rapporterar till:"
                + " medarbetarens chef, chefens chef, förvaltningschefens kommundirektör)",
            "Kommunstyrelsens ordförande → går till ingen nivå över: ärendet har nått toppen av"
                + " kedjan",
            "Politiker utom Kommunstyrelsens ordförande → går till kommunstyrelsens ordförande"
                + " (KSO)");
    // The default cites nothing: no guideline states it.
    assertThat(section).doesNotContain("<blockquote");

    assertThat(text(escalation(path, "en")))
        .contains("no escalation section of its own", "reporting lines");
  }
}
