package se.samspel.policy.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A policy as written in a file or uploaded: see the README's policy format section. */
@Schema(name = "PolicyDocument", description = "A guideline as policy data")
public record PolicyDocument(
    @Schema(example = "kungsor") String key,
    ProvenanceDocument provenance,
    @Schema(description = "Deadline per contact kind, e.g. {\"ACUTE_MATTER\":\"4 hours\"}")
        Map<String, String> deadlines,
    List<RuleDocument> rules,
    // Left out of the canonical text when absent, so documents without one keep their hash.
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Optional: who owns the yearly review and what it attaches")
        ReviewDocument review,
    // Likewise: documents stored before the format had this section keep their hash.
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description =
                "Optional: how a waiting step climbs when no one acts in time (without it, the"
                    + " reporting lines)")
        EscalationDocument escalation) {

  /** A document without a review or an escalation section. */
  public PolicyDocument(
      String key,
      ProvenanceDocument provenance,
      Map<String, String> deadlines,
      List<RuleDocument> rules) {
    this(key, provenance, deadlines, rules, null, null);
  }

  /** A document without an escalation section. */
  public PolicyDocument(
      String key,
      ProvenanceDocument provenance,
      Map<String, String> deadlines,
      List<RuleDocument> rules,
      ReviewDocument review) {
    this(key, provenance, deadlines, rules, review, null);
  }

  /** Where the policy comes from. Dates are YYYY-MM-DD. */
  public record ProvenanceDocument(
      @Schema(example = "Kungsörs kommun") String municipality,
      String title,
      @Schema(example = "Riktlinje") String documentType,
      @Schema(example = "Kommunfullmäktige") String adoptedBy,
      @Schema(example = "2023-03-13") String decisionDate,
      String paragraph,
      @Schema(example = "KS 2022/508") String caseNumber,
      @Schema(example = "2023-03-13") String validFrom,
      String validTo,
      String lastUpdated,
      String appliesTo,
      String preparedBy,
      String sourceDocument,
      List<String> dissents,
      List<String> notes) {}

  /**
   * One rule. {@code conditions} (optional) are passages whoever acts on the route must keep to,
   * each cited like the source; left out of the canonical text when absent.
   */
  public record RuleDocument(
      String id,
      String title,
      WhenDocument when,
      String outcome,
      List<HopDocument> route,
      String severity,
      SourceDocument source,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(
              description =
                  "Optional: passages shown to whoever acts on the route (section and quote each)")
          List<SourceDocument> conditions,
      // Left out when absent, so documents written before recommendations keep their hash.
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(
              description =
                  "Optional, on a FREE rule: whom the guideline recommends as the first contact")
          RecommendationDocument recommendation,
      // Left out of the canonical text when absent, so rules without one keep their hash.
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(
              description =
                  "Optional, ROUTE rules only: whom a quick decision taken on a request under this"
                      + " rule informs at once")
          QuickDecisionDocument quickDecision) {

    /** A rule with none of the optional parts. */
    public RuleDocument(
        String id,
        String title,
        WhenDocument when,
        String outcome,
        List<HopDocument> route,
        String severity,
        SourceDocument source) {
      this(id, title, when, outcome, route, severity, source, null, null, null);
    }

    /** A rule with conditions, and no other optional part. */
    public RuleDocument(
        String id,
        String title,
        WhenDocument when,
        String outcome,
        List<HopDocument> route,
        String severity,
        SourceDocument source,
        List<SourceDocument> conditions) {
      this(id, title, when, outcome, route, severity, source, conditions, null, null);
    }

    /** A rule with a quick-decision clause, and no other optional part. */
    public RuleDocument(
        String id,
        String title,
        WhenDocument when,
        String outcome,
        List<HopDocument> route,
        String severity,
        SourceDocument source,
        QuickDecisionDocument quickDecision) {
      this(id, title, when, outcome, route, severity, source, null, null, quickDecision);
    }
  }

  /**
   * Whom a free contact is recommended to go to first: {@code to} is {@code
   * STAFF_OF_CONCERNED_UNIT}; {@code source} cites the passage.
   */
  public record RecommendationDocument(
      @Schema(example = "STAFF_OF_CONCERNED_UNIT") String to, SourceDocument source) {}

  /**
   * A quick decision taken on a request under the rule (its waiting HANDLE step done at once)
   * informs {@code informs}, named relative to the position that took it with the escalation
   * section's targets (NEAREST_MANAGER, DEPARTMENT_HEAD, RESPONSIBLE_CHAIR, KD, KSO), citing the
   * passage that requires it.
   */
  public record QuickDecisionDocument(
      @Schema(example = "NEAREST_MANAGER") String informs, SourceDocument source) {}

  /**
   * When the rule holds. requester and target list party types or groups (ANY_POLITICIAN,
   * ANY_EMPLOYEE, ANY_MANAGER, ANYONE); empty relation/context/question lists accept any.
   */
  public record WhenDocument(
      List<String> requester,
      List<String> target,
      List<String> relation,
      List<String> kind,
      List<String> context,
      List<String> question,
      Map<String, Boolean> flags) {}

  /**
   * One hop of a route, optionally with a passage of its own (when the rule's does not name it).
   */
  public record HopDocument(
      String position,
      String action,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(description = "Optional: the passage this step comes from, if not the rule's")
          SourceDocument source) {

    /** A hop the rule's citation covers. */
    public HopDocument(String position, String action) {
      this(position, action, null);
    }
  }

  /**
   * A cited passage: the section heading and the words. {@code reading} (optional, Swedish) says
   * how Samspel reads a passage that does not state the rule in its own words; a policy names every
   * rule read this way in its provenance notes.
   */
  public record SourceDocument(
      String section,
      String quote,
      @JsonInclude(JsonInclude.Include.NON_NULL)
          @Schema(
              description =
                  "Optional: how Samspel reads the passage where its words do not state the rule")
          String reading) {

    /** A passage that states its rule. */
    public SourceDocument(String section, String quote) {
      this(section, quote, null);
    }
  }

  /**
   * What the guideline says about its yearly review: the owning positions (KD, KSO), the section
   * and passage that require it, and the evaluation questions it attaches.
   */
  public record ReviewDocument(
      @Schema(example = "[\"KD\",\"KSO\"]") List<String> owners,
      @Schema(example = "Uppföljning") String section,
      String quote,
      List<String> evaluationQuestions) {}

  /**
   * How a waiting step climbs. {@code ladder} is tried in order: the first step whose {@code from}
   * names the waiting position's kind (party types or the groups ANY_EMPLOYEE, ANY_POLITICIAN,
   * ANY_MANAGER, ANYONE) sends it {@code to} NEAREST_MANAGER, DEPARTMENT_HEAD, RESPONSIBLE_CHAIR,
   * KD, KSO or TOP. {@code retired}: where a step goes whose position left the organisation (KD,
   * KSO or TOP). {@code vacant}: PASS_OVER or WAIT_ON_POST. {@code source}: the passage the ladder
   * comes from.
   */
  public record EscalationDocument(
      List<StepDocument> ladder,
      @Schema(example = "KD") String retired,
      @Schema(example = "PASS_OVER") String vacant,
      SourceDocument source) {}

  /** One step of the escalation ladder, optionally with a passage of its own. */
  public record StepDocument(
      @Schema(example = "[\"ANY_EMPLOYEE\"]") List<String> from,
      @Schema(example = "NEAREST_MANAGER") String to,
      @JsonInclude(JsonInclude.Include.NON_NULL) SourceDocument source) {}
}
