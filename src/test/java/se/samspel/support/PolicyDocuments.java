package se.samspel.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import se.samspel.common.FieldProblem;
import se.samspel.policy.format.PolicyDocument;
import se.samspel.policy.format.PolicyDocument.HopDocument;
import se.samspel.policy.format.PolicyDocument.RuleDocument;
import se.samspel.policy.format.PolicyDocument.SourceDocument;
import se.samspel.policy.format.PolicyDocument.WhenDocument;
import se.samspel.policy.format.PolicyValidator;

/** Small policy documents for validation tests: a media rule, and the problems of a document. */
public final class PolicyDocuments {

  private PolicyDocuments() {}

  /**
   * The shipped Alingsås guideline with the marker added to its title: content of its own, so an
   * upload stores a new version, of a key the demo municipality does not follow (nothing it routes
   * changes).
   */
  public static String alingsasVersion(String marker) {
    try {
      ObjectMapper json = new ObjectMapper();
      ObjectNode doc = (ObjectNode) json.readTree(Fixtures.resource("policies/alingsas-2022.json"));
      ObjectNode provenance = (ObjectNode) doc.get("provenance");
      provenance.put("title", provenance.get("title").asText() + " (" + marker + ")");
      return doc.toString();
    } catch (Exception e) {
      throw new IllegalStateException("The shipped Alingsås guideline cannot be read", e);
    }
  }

  /** A journalist's what-question to these targets, routed by these hops. */
  public static RuleDocument mediaRule(String id, List<String> targets, HopDocument... route) {
    return new RuleDocument(
        id,
        "En regel",
        new WhenDocument(
            List.of("JOURNALIST"),
            targets,
            null,
            List.of("MEDIA_INQUIRY"),
            null,
            List.of("WHAT"),
            null),
        "ROUTE",
        List.of(route),
        "MEDIUM",
        new SourceDocument("Kommunikation med media", "En mening."));
  }

  /** The problems the validator finds in a document of these rules; empty when valid. */
  public static List<FieldProblem> problems(RuleDocument... rules) {
    PolicyDocument doc =
        new PolicyDocument(
            "test",
            new PolicyDocument.ProvenanceDocument(
                "Testby kommun",
                "Riktlinje",
                "Riktlinje",
                "Kommunfullmäktige",
                "2023-01-01",
                null,
                "KS 2023/1",
                "2023-01-01",
                null,
                null,
                null,
                null,
                "test.txt",
                null,
                null),
            Map.of(),
            List.of(rules));
    return PolicyValidator.validate(doc) instanceof PolicyValidator.Result.Invalid invalid
        ? invalid.problems()
        : List.of();
  }
}
