package se.samspel.web.record;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import se.samspel.common.SamspelException;
import se.samspel.common.http.Page;
import se.samspel.deviation.application.CorrectDeviation;
import se.samspel.deviation.application.ReadDeviations;
import se.samspel.deviation.application.RecordAccess;
import se.samspel.deviation.domain.ChainReport;
import se.samspel.deviation.domain.DeviationEntry;
import se.samspel.deviation.domain.DeviationFilter;
import se.samspel.deviation.domain.DeviationKind;
import se.samspel.deviation.domain.NewDeviation;
import se.samspel.deviation.domain.PersonalData;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Roles;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitId;
import se.samspel.organisation.domain.UnitKind;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.policy.domain.Rule;
import se.samspel.policy.domain.Severity;
import se.samspel.web.FormErrors;
import se.samspel.web.PageContext;
import se.samspel.web.PageNumbers;

/**
 * "Avvikelser": the deviation record for KD, the KSO and auditors, newest first, filtered by a GET
 * form, with the chain's verification shown first; and one entry with its rule, route, the people
 * it names and its corrections. Entries of whistleblowing rules are never listed nor shown.
 *
 * <p>Who may read it is checked in the methods rather than by {@code @RolesAllowed}: a refusal
 * there is answered before the request reaches a worker thread, where the error page (whose
 * navigation reads the database) cannot be rendered.
 */
@Path("/avvikelser")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.TEXT_HTML)
public class DeviationsPage {

  static final int PAGE_SIZE = 20;

  /** The filter as entered. */
  public record Filter(
      String from, String to, String rule, String department, String kind, String severity) {

    public boolean any() {
      return !(from.isEmpty()
          && to.isEmpty()
          && rule.isEmpty()
          && department.isEmpty()
          && kind.isEmpty()
          && severity.isEmpty());
    }
  }

  public record Option(String value, String label) {}

  /** What the filter's selects offer. */
  public record FilterChoices(List<Option> rules, List<Option> departments) {}

  /** The chain's verification as the page shows it. */
  public record Chain(
      boolean intact,
      long entries,
      long redacted,
      long headSeq,
      String headHash,
      Long breakSeq,
      String breakReason,
      String breakDetail) {}

  /**
   * A line of the list.
   *
   * @param department the one department an entry of form 1 recorded, named; "" in form 2
   * @param requesterDepartment the requester's department, named (form 2); null when none
   * @param targetDepartment the target's department, named (form 2); null when none
   */
  public record Row(
      long seq,
      String kind,
      Instant occurredAt,
      String ruleId,
      String ruleTitle,
      String severity,
      String department,
      Long corrects,
      String requesterDepartment,
      String targetDepartment) {

    /** Whether the entry names a requester's or a target's department. */
    public boolean namesBoth() {
      return requesterDepartment != null || targetDepartment != null;
    }
  }

  /**
   * A page of the list: its rows, which page it is, the positions of its first and last row, and
   * the filter as the start of a query string, which the links to other pages keep.
   */
  public record Listing(List<Row> rows, PageNumbers numbers, long first, long last, String query) {

    public long total() {
      return numbers.total();
    }

    /** Where the links to the pages before and after go: this page with the same filter. */
    public String href() {
      return "/avvikelser?" + query;
    }
  }

  /** One entry with everything the record keeps of it. */
  public record Entry(
      Row row,
      Instant recordedAt,
      String policy,
      String policySource,
      String section,
      String quote,
      List<RouteSteps.Step> steps,
      String requesterRole,
      String targetRole,
      String requestId,
      String summary,
      String reporter,
      String requester,
      String target,
      String description,
      Instant redactedAt,
      String personalHash,
      String previousHash,
      String entryHash,
      List<Row> corrections) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance list(
        PageContext page,
        Chain chain,
        Filter filter,
        FormErrors errors,
        FilterChoices choices,
        Listing listing);

    static native TemplateInstance entry(
        PageContext page, Chain chain, Entry entry, Correction correction);
  }

  /**
   * The correction form under an entry, as the API's {@code POST /api/deviations/{seq}/corrections}
   * allows it: for KD and auditors. {@code made} is the correction just recorded, to confirm it.
   */
  public record Correction(
      boolean allowed, String summary, String reason, FormErrors errors, Long made) {

    public int maxSummary() {
      return MAX_SUMMARY;
    }

    public int maxReason() {
      return MAX_REASON;
    }
  }

  /** The API's limits on a correction's texts (DeviationViews.CorrectionBody). */
  static final int MAX_SUMMARY = NewDeviation.MAX_CORRECTION_SUMMARY_LENGTH;

  static final int MAX_REASON = PersonalData.MAX_DESCRIPTION_LENGTH;

  private final PageContext page;
  private final ReadDeviations read;
  private final RecordAccess access;
  private final CorrectDeviation correct;
  private final OrganisationDirectory directory;
  private final PolicyCatalog policies;
  private final Clock clock;

  public DeviationsPage(
      PageContext page,
      ReadDeviations read,
      RecordAccess access,
      CorrectDeviation correct,
      OrganisationDirectory directory,
      PolicyCatalog policies,
      Clock clock) {
    this.page = page;
    this.read = read;
    this.access = access;
    this.correct = correct;
    this.directory = directory;
    this.policies = policies;
    this.clock = clock;
  }

  @GET
  @Operation(hidden = true)
  public Response list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("rule") String rule,
      @QueryParam("department") String department,
      @QueryParam("kind") String kind,
      @QueryParam("severity") String severity,
      @QueryParam("sida") String pageNumber) {
    requireReader();
    Filter filter =
        new Filter(
            clean(from), clean(to), clean(rule), clean(department), clean(kind), clean(severity));
    RecordTexts texts = texts();
    FormErrors errors = new FormErrors();
    Optional<LocalDate> first = day(filter.from(), "from", errors, texts);
    Optional<LocalDate> last = day(filter.to(), "to", errors, texts);
    if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
      errors.add("to", texts.error_to_before_from());
      last = Optional.empty();
    }
    Optional<DeviationKind> wantedKind = enumValue(DeviationKind.class, filter.kind());
    if (!filter.kind().isEmpty() && wantedKind.isEmpty()) {
      errors.add("kind", texts.error_filter_kind());
    }
    Optional<Severity> wantedSeverity = enumValue(Severity.class, filter.severity());
    if (!filter.severity().isEmpty() && wantedSeverity.isEmpty()) {
      errors.add("severity", texts.error_filter_severity());
    }
    int number = PageNumbers.requested(pageNumber);
    Set<String> hidden = access.hiddenRules();
    DeviationFilter query =
        new DeviationFilter(
                first.map(d -> d.atStartOfDay(clock.getZone()).toInstant()),
                last.map(d -> d.plusDays(1).atStartOfDay(clock.getZone()).toInstant()),
                text(filter.rule()),
                text(filter.department()),
                wantedSeverity)
            .withKind(wantedKind)
            .excluding(hidden);
    OrganisationGraph graph = directory.current();
    Page<DeviationEntry> found = read.list(query, number - 1, PAGE_SIZE);
    int pages = PageNumbers.pagesFor(found.total(), PAGE_SIZE);
    if (number > pages && found.total() > 0) {
      number = pages;
      found = read.list(query, number - 1, PAGE_SIZE);
    }
    List<Row> rows = found.items().stream().map(e -> row(e, graph)).toList();
    long firstShown = found.total() == 0 ? 0 : (long) (number - 1) * PAGE_SIZE + 1;
    Listing listing =
        new Listing(
            rows,
            new PageNumbers(number, pages, found.total()),
            firstShown,
            firstShown == 0 ? 0 : firstShown + rows.size() - 1,
            query(filter));
    TemplateInstance html =
        Templates.list(
                page,
                chain(),
                filter,
                errors,
                new FilterChoices(ruleChoices(hidden), departments(graph)),
                listing)
            .setLocale(page.locale());
    return Response.status(errors.any() ? FormErrors.STATUS : 200)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html)
        .build();
  }

  @GET
  @Path("/{seq}")
  @Operation(hidden = true)
  public TemplateInstance entry(
      @PathParam("seq") String seq, @QueryParam("rattelse") String correctionMade) {
    requireReader();
    DeviationEntry e = shownEntry(seq);
    Entry entry = entryView(e);
    Long made = madeCorrection(correctionMade, entry);
    return Templates.entry(
            page, chain(), entry, new Correction(mayCorrect(), "", "", FormErrors.none(), made))
        .setLocale(page.locale());
  }

  /**
   * Corrects an entry: a new CORRECTION entry refers to it, the entry itself never changes, and the
   * corrector is the person logged in. Then back to the entry, which lists the correction.
   */
  @POST
  @Path("/{seq}/rattelse")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response correct(
      @PathParam("seq") String seq,
      @RestForm("_csrf") String csrf,
      @RestForm("summary") String summary,
      @RestForm("reason") String reason) {
    page.verifyCsrf(csrf);
    access.requireCorrector(page.requirePerson());
    DeviationEntry e = shownEntry(seq);
    String what = typed(summary);
    String why = typed(reason);
    RecordTexts texts = texts();
    FormErrors errors = new FormErrors();
    if (what.isEmpty()) {
      errors.add("summary", texts.error_correction_summary());
    } else if (what.length() > MAX_SUMMARY) {
      errors.add("summary", texts.error_correction_too_long(MAX_SUMMARY));
    }
    if (why.isEmpty()) {
      errors.add("reason", texts.error_correction_reason());
    } else if (why.length() > MAX_REASON) {
      errors.add("reason", texts.error_correction_too_long(MAX_REASON));
    }
    if (errors.any()) {
      return Response.status(FormErrors.STATUS)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(
              Templates.entry(
                      page, chain(), entryView(e), new Correction(true, what, why, errors, null))
                  .setLocale(page.locale()))
          .build();
    }
    DeviationEntry made =
        correct.correct(page.requirePerson(), new CorrectDeviation.Command(e.seq(), what, why));
    return Response.seeOther(
            page.uri("/avvikelser/" + e.seq() + "?rattelse=" + made.seq() + "#rattelser"))
        .build();
  }

  /** An entry the pages may show: unknown ids and whistleblowing rules' entries are not found. */
  private DeviationEntry shownEntry(String seq) {
    long number;
    try {
      number = Long.parseLong(seq.trim());
    } catch (NumberFormatException e) {
      throw SamspelException.notFound("deviation", seq);
    }
    // Entries of whistleblowing rules are "not found" here as in the API: RecordAccess decides.
    return access.shown(read.get(number));
  }

  /** The correction just made, when {@code ?rattelse=} names one of this entry's corrections. */
  private static Long madeCorrection(String value, Entry entry) {
    if (value == null) {
      return null;
    }
    return entry.corrections().stream()
        .map(Row::seq)
        .filter(seq -> String.valueOf(seq).equals(value.strip()))
        .findFirst()
        .orElse(null);
  }

  private Entry entryView(DeviationEntry e) {
    long number = e.seq();
    OrganisationGraph graph = directory.current();
    LocalDate today = LocalDate.now(clock);
    NewDeviation d = e.facts();
    Optional<PolicyVersion> policy = policies.version(d.policyKey(), d.policyVersion());
    List<Row> corrections = new ArrayList<>();
    DeviationFilter correcting =
        DeviationFilter.all().withKind(Optional.of(DeviationKind.CORRECTION)).correcting(number);
    for (int p = 0; ; p++) {
      Page<DeviationEntry> batch = read.list(correcting, p, Page.MAX_SIZE);
      batch.items().forEach(c -> corrections.add(row(c, graph)));
      if ((long) (p + 1) * Page.MAX_SIZE >= batch.total()) {
        break;
      }
    }
    corrections.sort(Comparator.comparingLong(Row::seq));
    return new Entry(
        row(e, graph),
        e.recordedAt(),
        d.policyKey() + " v" + d.policyVersion(),
        policy
            .map(
                v ->
                    v.policy().provenance().title()
                        + ", "
                        + v.policy().provenance().municipality()
                        + " ("
                        + v.policy().provenance().caseNumber()
                        + ")")
            .orElse(d.policyKey()),
        d.section(),
        d.quote(),
        RouteSteps.of(d.prescribedRoute(), graph, today),
        d.requesterRole(),
        d.targetRole(),
        d.requestId().orElse(""),
        d.summary(),
        name(graph, d.personal().reporter()),
        name(graph, d.personal().requester()),
        name(graph, d.personal().target()),
        d.personal().description().orElse(""),
        e.redactedAt().orElse(null),
        e.personalHash(),
        e.previousHash(),
        e.entryHash(),
        corrections);
  }

  /** Whether the reader may correct entries: {@link RecordAccess} decides, as for the API. */
  private boolean mayCorrect() {
    return access.rightsOf(page.personId()).correct();
  }

  /** FORBIDDEN unless the reader may read the record: {@link RecordAccess} decides. */
  private void requireReader() {
    access.requireReader(page.requirePerson());
  }

  // ---- building the views ---------------------------------------------------------------------

  private Chain chain() {
    ChainReport r = read.verify();
    return new Chain(
        r.intact(),
        r.entries(),
        r.redacted(),
        r.headSeq(),
        r.headHash(),
        r.firstBreak().map(ChainReport.ChainBreak::seq).orElse(null),
        r.firstBreak().map(b -> b.reason().name()).orElse(null),
        r.firstBreak().map(ChainReport.ChainBreak::detail).orElse(null));
  }

  private static Row row(DeviationEntry e, OrganisationGraph graph) {
    NewDeviation d = e.facts();
    return new Row(
        e.seq(),
        d.kind().name(),
        d.occurredAt(),
        d.ruleId(),
        d.ruleTitle(),
        d.severity().name(),
        d.department().map(id -> unitName(graph, id)).orElse(""),
        d.corrects().orElse(null),
        d.requesterDepartment().map(id -> unitName(graph, id)).orElse(null),
        d.targetDepartment().map(id -> unitName(graph, id)).orElse(null));
  }

  /** A department's name as the organisation knows it today, or its unit id. */
  private static String unitName(OrganisationGraph graph, String id) {
    return graph.unit(new UnitId(id)).map(Unit::name).orElse(id);
  }

  /**
   * A person the record names, as the organisation knows them today, or as they were named when an
   * import retired them (the record keeps saying who acted); their id when neither knows them.
   */
  private String name(OrganisationGraph graph, Optional<PersonId> person) {
    return person
        .map(id -> directory.nameOf(id).map(n -> n + " (" + id.value() + ")").orElse(id.value()))
        .orElse("");
  }

  /** Every rule of every stored version, by id, without the whistleblowing ones. */
  private List<Option> ruleChoices(Set<String> hidden) {
    Map<String, String> rules = new LinkedHashMap<>();
    Optional<PolicyVersion> active = policies.active();
    List<PolicyVersion> versions = new ArrayList<>();
    active.ifPresent(versions::add);
    versions.addAll(policies.versions());
    for (PolicyVersion v : versions) {
      for (Rule r : v.policy().rules()) {
        if (!hidden.contains(r.id())) {
          rules.putIfAbsent(r.id(), r.title());
        }
      }
    }
    return rules.entrySet().stream()
        .map(e -> new Option(e.getKey(), e.getValue() + " (" + e.getKey() + ")"))
        .toList();
  }

  private static List<Option> departments(OrganisationGraph graph) {
    return graph.organisation().units().stream()
        .filter(u -> u.kind() == UnitKind.DEPARTMENT)
        .sorted(Comparator.comparing(Unit::name))
        .map(u -> new Option(u.id().value(), u.name()))
        .toList();
  }

  /** The filter as a query string, for the links between pages. */
  private static String query(Filter f) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("from", f.from());
    params.put("to", f.to());
    params.put("rule", f.rule());
    params.put("department", f.department());
    params.put("kind", f.kind());
    params.put("severity", f.severity());
    StringBuilder q = new StringBuilder();
    params.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            q.append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&');
          }
        });
    return q.toString();
  }

  private static Optional<LocalDate> day(
      String value, String field, FormErrors errors, RecordTexts texts) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      errors.add(field, texts.error_date());
      return Optional.empty();
    }
  }

  private static Optional<String> text(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** A text as typed, without the blanks around it; nothing is cut off. */
  private static String typed(String value) {
    return value == null ? "" : value.strip();
  }

  private static String clean(String value) {
    if (value == null) {
      return "";
    }
    String v = value.strip();
    return v.length() > 64 ? v.substring(0, 64) : v;
  }

  private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private RecordTexts texts() {
    return "en".equals(page.lang())
        ? MessageBundles.get(RecordTexts.class, Localized.Literal.of("en"))
        : MessageBundles.get(RecordTexts.class);
  }
}
