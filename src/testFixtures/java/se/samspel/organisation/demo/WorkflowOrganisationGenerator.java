package se.samspel.organisation.demo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import se.samspel.organisation.importing.ImportDocument;

/**
 * The organisation of the workflow benchmark (issue 17, {@code bench/workflow-load.sh}): a
 * fictional municipality ("Lastviks kommun") of a fixed, regular shape, so that every department
 * head gets the same share of the load.
 *
 * <ul>
 *   <li>{@value #DEPARTMENTS} departments, each with a head (reporting to KD), one manager and
 *       {@value #STAFF_PER_DEPARTMENT} staff members reporting to that manager; department {@code
 *       d} (1-based, three digits) has the head post {@code POS-D001-FC} held by login {@code
 *       fc-001}, the manager post {@code POS-D001-CH} ({@code ch-001}) and the staff posts {@code
 *       POS-D001-S01} … {@code POS-D001-S10} ({@code m-001-01} …);
 *   <li>{@value #POLITICIANS} politicians with logins {@code pol-01} … {@code pol-50}: the chair of
 *       the executive board (KSO), an opposition leader, one chair per committee and elected
 *       members; ten committees, each responsible for ten departments;
 *   <li>KD (login {@code kd}) heading a central administration with a communications unit, the
 *       secretariat with the whistleblower function, and an IT unit whose system administrator has
 *       the login {@code admin}, so that the demo's administrators keep a post after the import.
 * </ul>
 *
 * <p>Deterministic: every call builds the same organisation. Valid under the import's validator
 * ({@code WorkflowOrganisationGeneratorTest}).
 */
public final class WorkflowOrganisationGenerator {

  public static final int DEPARTMENTS = 100;
  public static final int STAFF_PER_DEPARTMENT = 10;
  public static final int POLITICIANS = 50;
  public static final int COMMITTEES = 10;
  public static final String MAIL_DOMAIN = "lastvik.example";

  private static final String[] PARTIES = {"S", "M", "SD", "C", "V", "KD", "L", "MP"};

  private final OrganisationBuilder b = new OrganisationBuilder(MAIL_DOMAIN);
  private final SwedishNames names = new SwedishNames(2026_11_30L);
  private int nextPerson = 1;

  private WorkflowOrganisationGenerator() {}

  /** The benchmark's organisation as an import document. */
  public static ImportDocument generate() {
    return new WorkflowOrganisationGenerator().assemble();
  }

  /** The login of department {@code d}'s head (1-based): {@code fc-001}. */
  public static String headLogin(int d) {
    return String.format(Locale.ROOT, "fc-%03d", d);
  }

  /** The post of staff member {@code s} (1-based) of department {@code d}: {@code POS-D001-S01}. */
  public static String staffPosition(int d, int s) {
    return String.format(Locale.ROOT, "POS-D%03d-S%02d", d, s);
  }

  /** The login of politician {@code p} (1-based): {@code pol-01}. */
  public static String politicianLogin(int p) {
    return String.format(Locale.ROOT, "pol-%02d", p);
  }

  private ImportDocument assemble() {
    politics();
    centralAdministration();
    for (int d = 1; d <= DEPARTMENTS; d++) {
      department(d);
    }
    return b.build();
  }

  private String person(String login) {
    String id = String.format(Locale.ROOT, "P-%05d", nextPerson++);
    return b.person(id, names.next(), login);
  }

  private static String committee(int c) {
    return String.format(Locale.ROOT, "U-N%02d", c);
  }

  private void politics() {
    b.unit("U-KOMMUN", "Lastviks kommun", "MUNICIPALITY", null)
        .unit("U-KF", "Kommunfullmäktige", "COUNCIL", "U-KOMMUN")
        .unit("U-KS", "Kommunstyrelsen", "EXECUTIVE_BOARD", "U-KOMMUN");
    int p = 1;
    b.political(
        "POS-KSO", "Kommunstyrelsens ordförande", "KSO", "U-KS", person(politicianLogin(p++)), "S");
    b.political(
        "POS-OPP",
        "Oppositionsråd",
        "OPPOSITION_LEADER",
        "U-KS",
        person(politicianLogin(p++)),
        "M");
    for (int c = 1; c <= COMMITTEES; c++) {
      b.unit(committee(c), "Nämnd " + c, "COMMITTEE", "U-KOMMUN");
      b.political(
          committee(c).replace("U-", "POS-") + "-ORF",
          "Ordförande",
          "COMMITTEE_CHAIR",
          committee(c),
          person(politicianLogin(p++)),
          PARTIES[c % PARTIES.length]);
    }
    int seat = 0;
    while (p <= POLITICIANS) {
      int c = seat % COMMITTEES + 1;
      b.political(
          String.format(Locale.ROOT, "POS-N%02d-LED-%02d", c, seat / COMMITTEES + 1),
          "Ledamot",
          "ELECTED_MEMBER",
          committee(c),
          person(politicianLogin(p++)),
          PARTIES[seat % PARTIES.length]);
      seat++;
    }
  }

  private void centralAdministration() {
    b.department("U-KLF", "Kommunledningsförvaltningen", "U-KOMMUN", "U-KS", "POS-KD");
    b.position("POS-KD", "Kommundirektör", "MUNICIPAL_DIRECTOR", "U-KLF", null, person("kd"));
    b.unit("U-KLF-KOM", "Kommunikationsenheten", "UNIT", "U-KLF");
    b.position(
        "POS-KLF-KOM-CH", "Kommunikationschef", "MANAGER", "U-KLF-KOM", "POS-KD", person(null));
    b.position(
        "POS-KOMMUNIKATOR-1",
        "Kommunikatör",
        "COMMUNICATIONS_OFFICER",
        "U-KLF-KOM",
        "POS-KLF-KOM-CH",
        person(null));
    b.unit("U-KLF-KANSLI", "Kansliet", "UNIT", "U-KLF");
    b.position("POS-KANSLICHEF", "Kanslichef", "MANAGER", "U-KLF-KANSLI", "POS-KD", person(null));
    b.position(
        "POS-VISSELBLASARE",
        "Visselblåsarfunktion",
        "WHISTLEBLOWER_FUNCTION",
        "U-KLF-KANSLI",
        "POS-KANSLICHEF",
        person(null));
    b.unit("U-KLF-IT", "IT-enheten", "UNIT", "U-KLF");
    b.position("POS-ITCHEF", "IT-chef", "MANAGER", "U-KLF-IT", "POS-KD", person(null));
    b.position(
        "POS-SYSTEMFORVALTARE",
        "Systemförvaltare",
        "STAFF_MEMBER",
        "U-KLF-IT",
        "POS-ITCHEF",
        person("admin"));
  }

  private void department(int d) {
    String number = String.format(Locale.ROOT, "%03d", d);
    String unit = "U-D" + number;
    String head = "POS-D" + number + "-FC";
    String manager = "POS-D" + number + "-CH";
    b.department(unit, "Förvaltning " + d, "U-KOMMUN", committee((d - 1) % COMMITTEES + 1), head);
    b.position(head, "Förvaltningschef", "DEPARTMENT_HEAD", unit, "POS-KD", person(headLogin(d)));
    String team = unit + "-E";
    b.unit(team, "Enhet " + d, "UNIT", unit);
    b.position(manager, "Enhetschef", "MANAGER", team, head, person("ch-" + number));
    for (int s = 1; s <= STAFF_PER_DEPARTMENT; s++) {
      b.position(
          staffPosition(d, s),
          "Handläggare",
          "STAFF_MEMBER",
          team,
          manager,
          person(String.format(Locale.ROOT, "m-%s-%02d", number, s)));
    }
  }

  /**
   * Writes the organisation as the JSON body of {@code POST /api/organisation/import}: {@code
   * <file.json>}.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: WorkflowOrganisationGenerator <file.json>");
      System.exit(2);
    }
    new ObjectMapper()
        .setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .writeValue(Path.of(args[0]).toFile(), LargeOrganisationGenerator.toRequest(generate()));
    System.out.printf(
        Locale.ROOT,
        "wrote %s: %d departments × (head, manager, %d staff), %d politicians%n",
        args[0],
        DEPARTMENTS,
        STAFF_PER_DEPARTMENT,
        POLITICIANS);
  }
}
