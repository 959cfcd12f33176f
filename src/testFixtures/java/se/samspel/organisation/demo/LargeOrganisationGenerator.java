package se.samspel.organisation.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import se.samspel.organisation.importing.CsvOrganisationFormat;
import se.samspel.organisation.importing.ImportDocument;
import se.samspel.organisation.importing.ImportValidator;
import se.samspel.organisation.importing.ImportValidator.ImportResult;
import se.samspel.organisation.importing.OrganisationImportRequest;

/**
 * Generates a large fictional municipality ("Storviks kommun") of exactly N people, for load tests
 * and benchmarks of the organisation graph. Deterministic: the same size and seed always give the
 * same organisation. The result is valid under {@link ImportValidator}.
 *
 * <p>Its shape:
 *
 * <ul>
 *   <li>a council (chair, members, party group leaders, auditors), an executive board (KSO, vice
 *       chair, opposition leader, members, substitutes) and one committee per department (chair,
 *       vice chair, members, substitutes); every politician is a person of their own;
 *   <li>KD heading the central administration: communications, secretariat (with the whistleblower
 *       function), HR and finance units, each with a manager reporting to KD;
 *   <li>8–12 departments, each answering to its committee, with a head reporting to KD and 4–6
 *       levels of managers below the head; <em>every</em> branch reaches the department's full
 *       depth (the leaf managers are all on the deepest level), and every department head and
 *       manager has 5–12 direct reports (sub-managers and staff); departments differ in size;
 *   <li>every other department has its own communications officer reporting to its head; the rest
 *       fall back to the central administration's;
 *   <li>in every department one manager post is vacant with someone acting (alternately open-ended
 *       and bounded to {@value #ACTING_TO}), the first department's head post is vacant with a
 *       level-1 manager acting, and about 0.5 % of staff posts are vacant with no one acting.
 *       Acting people always hold a position of their own, so the organisation can also be written
 *       as CSV.
 * </ul>
 *
 * <p>Run {@link #main} to write it to a file as JSON (the shape of {@link
 * OrganisationImportRequest}) or CSV, chosen by the file's extension.
 */
public final class LargeOrganisationGenerator {

  public static final int DEFAULT_PEOPLE = 50_000;
  public static final long DEFAULT_SEED = 2026_01_01L;
  public static final String ACTING_FROM = "2026-01-01";
  public static final String ACTING_TO = "2026-06-30";
  public static final String MAIL_DOMAIN = "storvik.example";

  static final int MIN_SPAN = 5;
  static final int MAX_SPAN = 12;
  static final int MIN_LEVELS = 4;
  static final int MAX_LEVELS = 6;
  static final int MIN_DEPARTMENTS = 8;
  static final int MAX_DEPARTMENTS = 12;

  private static final String[][] AREAS = {
    // department, committee, staff title
    {"Barn- och utbildningsförvaltningen", "Barn- och utbildningsnämnden", "Lärare"},
    {"Socialförvaltningen", "Socialnämnden", "Socialsekreterare"},
    {"Vård- och omsorgsförvaltningen", "Vård- och omsorgsnämnden", "Undersköterska"},
    {"Samhällsbyggnadsförvaltningen", "Samhällsbyggnadsnämnden", "Handläggare"},
    {"Kultur- och fritidsförvaltningen", "Kultur- och fritidsnämnden", "Fritidsledare"},
    {"Tekniska förvaltningen", "Tekniska nämnden", "Drifttekniker"},
    {"Miljöförvaltningen", "Miljönämnden", "Miljöinspektör"},
    {"Arbetsmarknadsförvaltningen", "Arbetsmarknadsnämnden", "Arbetsmarknadskonsulent"},
    {"Gymnasieförvaltningen", "Gymnasienämnden", "Gymnasielärare"},
    {"Serviceförvaltningen", "Servicenämnden", "Servicemedarbetare"},
    {"Stadsbyggnadsförvaltningen", "Byggnadsnämnden", "Planarkitekt"},
    {"Fastighetsförvaltningen", "Fastighetsnämnden", "Fastighetsskötare"},
  };
  private static final String[] LEVEL_NAMES = {
    "", "Avdelning", "Verksamhetsområde", "Sektion", "Enhet", "Grupp", "Arbetslag"
  };
  private static final String[] PARTIES = {"S", "M", "SD", "C", "V", "KD", "L", "MP"};

  /** A generated organisation, with what the generator intended its shape to be. */
  public record Generated(
      ImportDocument document, int people, Map<String, Integer> managerLevelsByDepartment) {}

  /** A position before its holder is known. */
  private static final class Draft {
    final String id;
    final String title;
    final String kind;
    final String unit;
    final String reportsTo;
    final int level;
    final List<Draft> reports = new ArrayList<>();
    String holder;
    boolean vacant;
    String actingPerson;
    String actingTo;

    Draft(String id, String title, String kind, String unit, String reportsTo, int level) {
      this.id = id;
      this.title = title;
      this.kind = kind;
      this.unit = unit;
      this.reportsTo = reportsTo;
      this.level = level;
    }
  }

  private final int targetPeople;
  private final Random random;
  private final SwedishNames names;
  private final OrganisationBuilder b = new OrganisationBuilder(MAIL_DOMAIN);
  private final Map<String, Integer> managerLevels = new LinkedHashMap<>();
  private int peopleMade;
  private int nextUnit = 1;
  private int nextPosition = 1;

  private LargeOrganisationGenerator(int people, long seed) {
    this.targetPeople = people;
    this.random = new Random(seed);
    this.names = new SwedishNames(seed ^ 0x5DEECE66DL);
  }

  /** An organisation of {@value #DEFAULT_PEOPLE} people with the default seed. */
  public static Generated generate() {
    return generate(DEFAULT_PEOPLE, DEFAULT_SEED);
  }

  /**
   * An organisation of exactly {@code people} people.
   *
   * @throws IllegalArgumentException if {@code people} is too few for the intended shape
   */
  public static Generated generate(int people, long seed) {
    return new LargeOrganisationGenerator(people, seed).assemble();
  }

  private Generated assemble() {
    int departments = between(MIN_DEPARTMENTS, MAX_DEPARTMENTS);
    int[] levels = new int[departments];
    for (int d = 0; d < departments; d++) {
      levels[d] = between(MIN_LEVELS, MAX_LEVELS);
    }
    politics(departments);
    List<Draft> central = centralAdministration();
    int employeesLeft = targetPeople - peopleMade - central.size();
    int staffVacancies = Math.max(1, employeesLeft / 200);
    // One vacant manager post per department, plus the first department's head post.
    int vacancies = departments + 1 + staffVacancies;
    int positionBudget = employeesLeft + vacancies;
    long minimum = 0;
    for (int level : levels) {
      minimum += minSubtree(0, level);
    }
    if (positionBudget < minimum) {
      throw new IllegalArgumentException(
          "too few people for "
              + departments
              + " departments of 4–6 manager levels: need at least "
              + (targetPeople - positionBudget + minimum)
              + ", got "
              + targetPeople);
    }
    int[] budgets = splitBudget(positionBudget, levels);
    List<Draft> all = new ArrayList<>(central);
    List<List<Draft>> byDepartment = new ArrayList<>();
    for (int d = 0; d < departments; d++) {
      List<Draft> drafts = department(d, levels[d], budgets[d]);
      byDepartment.add(drafts);
      all.addAll(drafts);
    }
    chooseVacancies(byDepartment, staffVacancies);
    for (Draft draft : all) {
      if (!draft.vacant && draft.holder == null) {
        draft.holder = newPerson(loginFor(draft));
      }
    }
    for (Draft draft : all) {
      b.position(draft.id, draft.title, draft.kind, draft.unit, draft.reportsTo, draft.holder);
      if (draft.actingPerson != null) {
        b.acting(draft.id, draft.actingPerson, ACTING_FROM, draft.actingTo);
      }
    }
    if (peopleMade != targetPeople) {
      throw new IllegalStateException(
          "generated " + peopleMade + " people instead of " + targetPeople);
    }
    return new Generated(b.build(), peopleMade, Collections.unmodifiableMap(managerLevels));
  }

  // ---- Politics ----

  private void politics(int departments) {
    b.unit("U-KOMMUN", "Storviks kommun", "MUNICIPALITY", null)
        .unit("U-KF", "Kommunfullmäktige", "COUNCIL", "U-KOMMUN")
        .unit("U-KS", "Kommunstyrelsen", "EXECUTIVE_BOARD", "U-KOMMUN");
    b.political("POS-KSO", "Kommunstyrelsens ordförande", "KSO", "U-KS", newPerson("kso"), "S")
        .political(
            "POS-KS-VO", "Vice ordförande", "COMMITTEE_VICE_CHAIR", "U-KS", newPerson(null), "M")
        .political(
            "POS-OPP", "Oppositionsråd", "OPPOSITION_LEADER", "U-KS", newPerson("opposition"), "M")
        .political(
            "POS-KF-ORF",
            "Kommunfullmäktiges ordförande",
            "COMMITTEE_CHAIR",
            "U-KF",
            newPerson(null),
            "S");
    members("U-KS", 10, 5);
    members("U-KF", 50, 0);
    for (String party : PARTIES) {
      b.political(
          "POS-GL-" + party, "Gruppledare", "PARTY_GROUP_LEADER", "U-KF", newPerson(null), party);
    }
    for (int i = 1; i <= 5; i++) {
      b.political(
          "POS-REV-" + i, "Förtroendevald revisor", "AUDITOR", "U-KF", newPerson(null), party());
    }
    for (int d = 0; d < departments; d++) {
      String committee = committeeId(d);
      b.unit(committee, AREAS[d][1], "COMMITTEE", "U-KOMMUN");
      b.political(
          committee.replace("U-", "POS-") + "-ORF",
          "Ordförande",
          "COMMITTEE_CHAIR",
          committee,
          newPerson(null),
          party());
      b.political(
          committee.replace("U-", "POS-") + "-VO",
          "Vice ordförande",
          "COMMITTEE_VICE_CHAIR",
          committee,
          newPerson(null),
          party());
      members(committee, 7, 4);
    }
  }

  private void members(String body, int members, int substitutes) {
    String prefix = body.replace("U-", "POS-");
    for (int i = 1; i <= members; i++) {
      b.political(
          prefix + "-LED-" + i, "Ledamot", "ELECTED_MEMBER", body, newPerson(null), party());
    }
    for (int i = 1; i <= substitutes; i++) {
      b.political(
          prefix + "-ERS-" + i, "Ersättare", "ELECTED_SUBSTITUTE", body, newPerson(null), party());
    }
  }

  // ---- Central administration ----

  private List<Draft> centralAdministration() {
    List<Draft> drafts = new ArrayList<>();
    b.department("U-KLF", "Kommunledningsförvaltningen", "U-KOMMUN", "U-KS", "POS-KD");
    Draft kd = new Draft("POS-KD", "Kommundirektör", "MUNICIPAL_DIRECTOR", "U-KLF", null, 0);
    drafts.add(kd);
    String[][] units = {
      {"U-KLF-KOM", "Kommunikationsenheten", "Kommunikationschef", "Kommunikatör", "3"},
      {"U-KLF-KANSLI", "Kansliet", "Kanslichef", "Nämndsekreterare", "4"},
      {"U-KLF-HR", "HR-enheten", "HR-chef", "HR-konsult", "6"},
      {"U-KLF-EKO", "Ekonomienheten", "Ekonomichef", "Controller", "6"},
    };
    for (String[] u : units) {
      b.unit(u[0], u[1], "UNIT", "U-KLF");
      String manager = u[0].replace("U-", "POS-") + "-CH";
      drafts.add(new Draft(manager, u[2], "MANAGER", u[0], "POS-KD", 1));
      String kind = u[0].equals("U-KLF-KOM") ? "COMMUNICATIONS_OFFICER" : "STAFF_MEMBER";
      for (int i = 1; i <= Integer.parseInt(u[4]); i++) {
        drafts.add(new Draft(u[0].replace("U-", "POS-") + "-" + i, u[3], kind, u[0], manager, 2));
      }
      if (u[0].equals("U-KLF-KANSLI")) {
        drafts.add(
            new Draft(
                "POS-VISSELBLASARE",
                "Visselblåsarfunktion",
                "WHISTLEBLOWER_FUNCTION",
                u[0],
                manager,
                2));
      }
    }
    return drafts;
  }

  // ---- Departments ----

  /**
   * Splits the position budget over the departments with random weights, each share at least the
   * minimum its depth needs.
   */
  private int[] splitBudget(int budget, int[] levels) {
    int n = levels.length;
    double[] weights = new double[n];
    double total = 0;
    for (int d = 0; d < n; d++) {
      weights[d] = 0.5 + random.nextDouble();
      total += weights[d];
    }
    int[] budgets = new int[n];
    long reserved = 0;
    for (int d = 0; d < n; d++) {
      budgets[d] = (int) minSubtree(0, levels[d]);
      reserved += budgets[d];
    }
    int spare = (int) (budget - reserved);
    int given = 0;
    for (int d = 0; d < n; d++) {
      int share = (int) Math.floor(spare * weights[d] / total);
      budgets[d] += share;
      given += share;
    }
    budgets[0] += spare - given;
    return budgets;
  }

  private List<Draft> department(int d, int levels, int budget) {
    String unit = String.format(Locale.ROOT, "U-D%02d", d + 1);
    String head = String.format(Locale.ROOT, "POS-D%02d-FC", d + 1);
    managerLevels.put(unit, levels);
    b.department(unit, AREAS[d][0], "U-KOMMUN", committeeId(d), head);
    List<Draft> drafts = new ArrayList<>();
    Draft headDraft = new Draft(head, "Förvaltningschef", "DEPARTMENT_HEAD", unit, "POS-KD", 0);
    drafts.add(headDraft);
    subtree(headDraft, d, levels, budget, drafts);
    if (d % 2 == 0) {
      // Its own communications officer: the head's first staff member, if the head has staff.
      headDraft.reports.stream()
          .filter(r -> r.kind.equals("STAFF_MEMBER"))
          .findFirst()
          .ifPresent(
              r -> {
                Draft officer =
                    new Draft(
                        r.id,
                        "Kommunikatör",
                        "COMMUNICATIONS_OFFICER",
                        r.unit,
                        r.reportsTo,
                        r.level);
                drafts.set(drafts.indexOf(r), officer);
                headDraft.reports.set(headDraft.reports.indexOf(r), officer);
              });
    }
    return drafts;
  }

  /**
   * Fills the subtree under a manager on {@code manager.level}, whose subtree (the manager
   * included) has exactly {@code size} positions.
   */
  private void subtree(Draft manager, int d, int levels, int size, List<Draft> drafts) {
    int level = manager.level;
    int below = size - 1;
    int staff;
    int children;
    if (level == levels) {
      staff = below;
      children = 0;
    } else {
      int[] choice = chooseSpan(level, levels, below);
      children = choice[0];
      staff = choice[1];
    }
    for (int i = 0; i < staff; i++) {
      Draft s =
          new Draft(
              positionId(d), AREAS[d][2], "STAFF_MEMBER", manager.unit, manager.id, level + 1);
      drafts.add(s);
      manager.reports.add(s);
    }
    if (children == 0) {
      return;
    }
    long min = minSubtree(level + 1, levels);
    long max = maxSubtree(level + 1, levels);
    int rest = below - staff;
    for (int i = 0; i < children; i++) {
      int left = children - i;
      long lo = Math.max(min, rest - (left - 1) * max);
      long hi = Math.min(max, rest - (left - 1) * min);
      double share = (double) rest / left * (0.85 + 0.3 * random.nextDouble());
      int childSize = (int) Math.max(lo, Math.min(hi, Math.round(share)));
      String unit = String.format(Locale.ROOT, "U-D%02d-%05d", d + 1, nextUnit++);
      b.unit(
          unit,
          LEVEL_NAMES[level + 1]
              + " "
              + (i + 1)
              + " ("
              + AREAS[d][2].toLowerCase(Locale.ROOT)
              + ")",
          "UNIT",
          manager.unit);
      Draft child =
          new Draft(
              positionId(d), chiefTitle(level + 1, levels), "MANAGER", unit, manager.id, level + 1);
      drafts.add(child);
      manager.reports.add(child);
      subtree(child, d, levels, childSize, drafts);
      rest -= childSize;
    }
  }

  /**
   * How many sub-managers and staff a manager with {@code below} positions under them gets: every
   * feasible pair keeps the span within 5–12 and leaves each child a subtree it can fill; of those,
   * the one whose child subtrees come closest to a typical size (with some randomness) wins.
   */
  private int[] chooseSpan(int level, int levels, int below) {
    long min = minSubtree(level + 1, levels);
    long max = maxSubtree(level + 1, levels);
    double typical = typicalSubtree(level + 1, levels);
    int[] best = null;
    double bestScore = Double.MAX_VALUE;
    for (int c = 1; c <= MAX_SPAN; c++) {
      for (int s = Math.max(0, MIN_SPAN - c); s <= MAX_SPAN - c; s++) {
        long rest = below - s;
        if (rest < c * min || rest > c * max) {
          continue;
        }
        double score = Math.abs(Math.log((double) rest / c / typical)) + 0.4 * random.nextDouble();
        if (score < bestScore) {
          bestScore = score;
          best = new int[] {c, s};
        }
      }
    }
    if (best == null) {
      throw new IllegalStateException("no span fits " + below + " positions on level " + level);
    }
    return best;
  }

  /** The fewest positions a subtree rooted on {@code level} can hold (one sub-manager, 4 staff). */
  static long minSubtree(int level, int levels) {
    if (level == levels) {
      return 1 + MIN_SPAN;
    }
    return 1 + (MIN_SPAN - 1) + minSubtree(level + 1, levels);
  }

  /** The most positions a subtree rooted on {@code level} can hold (12 sub-managers each). */
  static long maxSubtree(int level, int levels) {
    if (level == levels) {
      return 1 + MAX_SPAN;
    }
    return 1 + MAX_SPAN * maxSubtree(level + 1, levels);
  }

  /**
   * A typical subtree: about 3 sub-managers and 4 staff per manager, 8–9 staff per leaf manager.
   */
  private static double typicalSubtree(int level, int levels) {
    if (level == levels) {
      return 1 + 8.5;
    }
    return 1 + 4 + 3 * typicalSubtree(level + 1, levels);
  }

  private void chooseVacancies(List<List<Draft>> byDepartment, int staffVacancies) {
    Set<String> acting = new HashSet<>();
    for (int i = 0; i < byDepartment.size(); i++) {
      final int d = i;
      // Not a level-1 manager in the first department: one of those acts for its head.
      List<Draft> managers =
          byDepartment.get(d).stream()
              .filter(x -> x.kind.equals("MANAGER"))
              .filter(x -> d > 0 || x.level > 1)
              .toList();
      Draft manager = managers.get(random.nextInt(managers.size()));
      // A staff member reporting to the manager acts; if there is none, a sub-manager does.
      Draft stand =
          manager.reports.stream()
              .filter(r -> r.kind.equals("STAFF_MEMBER"))
              .findFirst()
              .orElse(manager.reports.get(0));
      manager.vacant = true;
      manager.actingPerson = stand.id; // resolved to the holder's person id below
      manager.actingTo = d % 2 == 0 ? null : ACTING_TO;
      acting.add(stand.id);
    }
    Draft firstHead = byDepartment.get(0).get(0);
    Draft levelOne =
        firstHead.reports.stream()
            .filter(r -> r.kind.equals("MANAGER") && !r.vacant)
            .findFirst()
            .orElseThrow();
    firstHead.vacant = true;
    firstHead.actingPerson = levelOne.id;
    acting.add(levelOne.id);

    List<Draft> staff = new ArrayList<>();
    byDepartment.forEach(
        list ->
            list.stream()
                .filter(x -> x.kind.equals("STAFF_MEMBER") && !acting.contains(x.id))
                .forEach(staff::add));
    Collections.shuffle(staff, random);
    staff.stream().limit(staffVacancies).forEach(x -> x.vacant = true);

    // Acting people are the holders of the positions chosen above; give them their ids now.
    Map<String, Draft> byId = new LinkedHashMap<>();
    byDepartment.forEach(list -> list.forEach(x -> byId.put(x.id, x)));
    List<Draft> withActing = byId.values().stream().filter(x -> x.actingPerson != null).toList();
    for (Draft vacant : withActing) {
      Draft stand = byId.get(vacant.actingPerson);
      stand.holder = newPerson(null);
      vacant.actingPerson = stand.holder;
    }
  }

  // ---- Names and ids ----

  private String loginFor(Draft draft) {
    if (draft.kind.equals("MUNICIPAL_DIRECTOR")) {
      return "kd";
    }
    if (draft.kind.equals("DEPARTMENT_HEAD")) {
      return draft.unit.toLowerCase(Locale.ROOT).replace("u-", "fc-");
    }
    return null;
  }

  private String newPerson(String login) {
    peopleMade++;
    return b.person(String.format(Locale.ROOT, "P-%06d", peopleMade), names.next(), login);
  }

  private String positionId(int d) {
    return String.format(Locale.ROOT, "POS-D%02d-%06d", d + 1, nextPosition++);
  }

  private static String committeeId(int d) {
    return String.format(Locale.ROOT, "U-N%02d", d + 1);
  }

  private static String chiefTitle(int level, int levels) {
    if (level == levels) {
      return "Enhetschef";
    }
    return level == 1 ? "Avdelningschef" : "Verksamhetschef";
  }

  private String party() {
    return PARTIES[random.nextInt(PARTIES.length)];
  }

  private int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  // ---- Writing ----

  /** The organisation as the JSON body of {@code POST /api/organisation/import}. */
  public static OrganisationImportRequest toRequest(ImportDocument document) {
    return new OrganisationImportRequest(
        document.units().stream()
            .map(
                u ->
                    new OrganisationImportRequest.UnitJson(
                        u.id(), u.name(), u.kind(), u.parent(), u.responsibleCommittee(), u.head()))
            .toList(),
        document.positions().stream()
            .map(
                p ->
                    new OrganisationImportRequest.PositionJson(
                        p.id(),
                        p.title(),
                        p.kind(),
                        p.unit(),
                        p.reportsTo(),
                        p.holder(),
                        p.party(),
                        p.acting().isEmpty()
                            ? null
                            : p.acting().stream()
                                .map(
                                    a ->
                                        new OrganisationImportRequest.ActingJson(
                                            a.person(), a.from(), a.to()))
                                .toList()))
            .toList(),
        document.people().stream()
            .map(
                p ->
                    new OrganisationImportRequest.PersonJson(
                        p.id(), p.name(), p.email(), p.login()))
            .toList());
  }

  /**
   * Writes a generated organisation to a file: {@code <file.json|file.csv> [people] [seed]}.
   *
   * <pre>
   * java -cp target/benchmarks.jar se.samspel.organisation.demo.LargeOrganisationGenerator \
   *     target/storvik-50000.json 50000
   * </pre>
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println(
          "usage: LargeOrganisationGenerator <file.json|file.csv> [people, default "
              + DEFAULT_PEOPLE
              + "] [seed, default "
              + DEFAULT_SEED
              + "]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    int people = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_PEOPLE;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
    Generated generated = generate(people, seed);
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      ImportResult result = ImportValidator.validate(generated.document());
      if (!(result instanceof ImportResult.Valid valid)) {
        throw new IllegalStateException("the generated organisation is invalid: " + result);
      }
      Files.writeString(
          file, CsvOrganisationFormat.toCsv(valid.organisation()), StandardCharsets.UTF_8);
    } else if (name.endsWith(".json")) {
      new ObjectMapper()
          .setSerializationInclusion(JsonInclude.Include.NON_NULL)
          .writeValue(file.toFile(), toRequest(generated.document()));
    } else {
      System.err.println("the file must end in .json or .csv: " + file);
      System.exit(2);
    }
    System.out.printf(
        Locale.ROOT,
        "wrote %s: %d people, %d positions, %d units%n",
        file,
        generated.people(),
        generated.document().positions().size(),
        generated.document().units().size());
  }
}
