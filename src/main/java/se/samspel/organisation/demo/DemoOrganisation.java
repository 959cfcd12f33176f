package se.samspel.organisation.demo;

import se.samspel.organisation.importing.ImportDocument;

/**
 * Mälarviks kommun: a fictional municipality shaped like the one the Kungsör guideline describes. A
 * council, an executive board with its chair (KSO) and an opposition leader, three committees with
 * chairs and members from several parties, KD at the head of the central administration, and three
 * departments with two or three levels of managers and about three hundred staff. It is the
 * organisation of the embedded default and the shared fixture of the tests; the people with a login
 * (listed in the README) are the ones to log in as.
 *
 * <p>Deterministic: the same call always builds the same organisation.
 */
public final class DemoOrganisation {

  /** The e-mail domain of the demo (reserved for examples). */
  public static final String MAIL_DOMAIN = "malarvik.example";

  /** The day acting assignments of the demo begin. */
  static final String ACTING_FROM = "2026-01-01";

  /** The second demo municipality's name (code 9902, on the Alingsås guideline). */
  public static final String SECOND_NAME = "Vänerstrands kommun";

  /** What comes before each login of the second demo municipality: {@code v-medarbetare}. */
  public static final String SECOND_LOGIN_PREFIX = "v-";

  private final OrganisationBuilder b;
  private final SwedishNames names;
  private final String municipalityName;
  private int nextPerson = 100;
  private int nextPosition = 1;

  private DemoOrganisation(
      String municipalityName, String mailDomain, String loginPrefix, long namesSeed) {
    this.municipalityName = municipalityName;
    this.b = new OrganisationBuilder(mailDomain, loginPrefix);
    this.names = new SwedishNames(namesSeed);
  }

  /** The demo organisation (Mälarviks kommun) as an import document. */
  public static ImportDocument build() {
    return new DemoOrganisation("Mälarviks kommun", MAIL_DOMAIN, "", 2023_03_13L).assemble();
  }

  /**
   * The second demo municipality's organisation, Vänerstrands kommun: shaped as Mälarvik's, with
   * other staff, and its logins prefixed {@value #SECOND_LOGIN_PREFIX} ({@code v-medarbetare},
   * {@code v-forvaltningschef-buf}, …).
   */
  public static ImportDocument second() {
    return new DemoOrganisation(
            SECOND_NAME, "vanerstrand.example", SECOND_LOGIN_PREFIX, 2022_06_15L)
        .assemble();
  }

  private ImportDocument assemble() {
    politics();
    centralAdministration();
    education();
    socialServices();
    communityPlanning();
    return b.build();
  }

  private void politics() {
    b.unit("U-KOMMUN", municipalityName, "MUNICIPALITY", null)
        .unit("U-KF", "Kommunfullmäktige", "COUNCIL", "U-KOMMUN")
        .unit("U-KS", "Kommunstyrelsen", "EXECUTIVE_BOARD", "U-KOMMUN")
        .unit("U-BUN", "Barn- och utbildningsnämnden", "COMMITTEE", "U-KOMMUN")
        .unit("U-SN", "Socialnämnden", "COMMITTEE", "U-KOMMUN")
        .unit("U-SBN", "Samhällsbyggnadsnämnden", "COMMITTEE", "U-KOMMUN");

    String kso = b.person("P-KSO", "Anna Lindqvist", "kso");
    String opposition = b.person("P-OPP", "Erik Johansson", "oppositionsrad");
    String politician = b.person("P-POL", "Maria Berg", "politiker");
    String bunChair = b.person("P-BUN-ORF", "Peter Nilsson", "bun-ordforande");
    String snChair = b.person("P-SN-ORF", "Ingrid Sandberg", "sn-ordforande");
    String sbnChair = b.person("P-SBN-ORF", "Göran Åberg", "sbn-ordforande");
    String kfChair = b.person("P-KF-ORF", "Kerstin Holmberg", null);
    String auditor = b.person("P-REV", "Björn Hedlund", "revisor");

    b.political("POS-KSO", "Kommunstyrelsens ordförande", "KSO", "U-KS", kso, "S")
        .political(
            "POS-KS-VO",
            "Kommunstyrelsens vice ordförande",
            "COMMITTEE_VICE_CHAIR",
            "U-KS",
            b.person("P-KS-VO", "Linda Strand", null),
            "C")
        .political("POS-OPP", "Oppositionsråd", "OPPOSITION_LEADER", "U-KS", opposition, "M")
        .political(
            "POS-KF-ORF", "Kommunfullmäktiges ordförande", "COMMITTEE_CHAIR", "U-KF", kfChair, "S")
        .political("POS-BUN-ORF", "Ordförande", "COMMITTEE_CHAIR", "U-BUN", bunChair, "S")
        .political("POS-SN-ORF", "Ordförande", "COMMITTEE_CHAIR", "U-SN", snChair, "C")
        .political("POS-SBN-ORF", "Ordförande", "COMMITTEE_CHAIR", "U-SBN", sbnChair, "S")
        .political("POS-BUN-LED-POL", "Ledamot", "ELECTED_MEMBER", "U-BUN", politician, "C")
        .political("POS-KF-LED-POL", "Ledamot", "ELECTED_MEMBER", "U-KF", politician, "C")
        .political("POS-KF-LED-KSO", "Ledamot", "ELECTED_MEMBER", "U-KF", kso, "S")
        .political("POS-KF-LED-OPP", "Ledamot", "ELECTED_MEMBER", "U-KF", opposition, "M")
        .political("POS-GL-S", "Gruppledare", "PARTY_GROUP_LEADER", "U-KF", kso, "S")
        .political("POS-GL-M", "Gruppledare", "PARTY_GROUP_LEADER", "U-KF", opposition, "M")
        .political("POS-REV-1", "Förtroendevald revisor", "AUDITOR", "U-KF", auditor, "L");

    String[] parties = {"S", "M", "SD", "C", "V", "L", "MP"};
    String[][] bodies = {
      {"U-KS", "7"}, {"U-BUN", "5"}, {"U-SN", "5"}, {"U-SBN", "5"}, {"U-KF", "17"}
    };
    int seat = 0;
    for (String[] body : bodies) {
      int members = Integer.parseInt(body[1]);
      for (int i = 0; i < members; i++) {
        String party = parties[seat++ % parties.length];
        b.political(
            positionId(body[0] + "-LED"), "Ledamot", "ELECTED_MEMBER", body[0], newPerson(), party);
      }
      for (int i = 0; i < 2; i++) {
        String party = parties[seat++ % parties.length];
        b.political(
            positionId(body[0] + "-ERS"),
            "Ersättare",
            "ELECTED_SUBSTITUTE",
            body[0],
            newPerson(),
            party);
      }
      if (!body[0].equals("U-KF") && !body[0].equals("U-KS")) {
        b.political(
            positionId(body[0] + "-VO"),
            "Vice ordförande",
            "COMMITTEE_VICE_CHAIR",
            body[0],
            newPerson(),
            "M");
      }
    }
    for (String party : new String[] {"SD", "C", "V", "L", "MP"}) {
      b.political(
          "POS-GL-" + party, "Gruppledare", "PARTY_GROUP_LEADER", "U-KF", newPerson(), party);
    }
  }

  private void centralAdministration() {
    b.department("U-KLF", "Kommunledningsförvaltningen", "U-KOMMUN", "U-KS", "POS-KD");
    b.position(
        "POS-KD",
        "Kommundirektör",
        "MUNICIPAL_DIRECTOR",
        "U-KLF",
        null,
        b.person("P-KD", "Karin Holm", "kd"));
    unitWithManager(
        "U-KLF-KOM",
        "Kommunikationsenheten",
        "U-KLF",
        "POS-KLF-KOM-CH",
        "Kommunikationschef",
        "POS-KD",
        null);
    b.position(
        "POS-KOMMUNIKATOR-1",
        "Kommunikatör",
        "COMMUNICATIONS_OFFICER",
        "U-KLF-KOM",
        "POS-KLF-KOM-CH",
        b.person("P-KOM", "Frida Nyström", "kommunikator"));
    b.position(
        "POS-KOMMUNIKATOR-2",
        "Kommunikatör",
        "COMMUNICATIONS_OFFICER",
        "U-KLF-KOM",
        "POS-KLF-KOM-CH",
        newPerson());
    unitWithManager(
        "U-KLF-KANSLI", "Kansliet", "U-KLF", "POS-KANSLICHEF", "Kanslichef", "POS-KD", null);
    b.position(
        "POS-VISSELBLASARE",
        "Visselblåsarfunktion",
        "WHISTLEBLOWER_FUNCTION",
        "U-KLF-KANSLI",
        "POS-KANSLICHEF",
        b.person("P-VB", "Helena Wikström", "visselblasare"));
    staff("U-KLF-KANSLI", "POS-KANSLICHEF", "Nämndsekreterare", 3);
    unitWithManager("U-KLF-HR", "HR-enheten", "U-KLF", "POS-HRCHEF", "HR-chef", "POS-KD", null);
    staff("U-KLF-HR", "POS-HRCHEF", "HR-konsult", 4);
    unitWithManager(
        "U-KLF-EKO", "Ekonomienheten", "U-KLF", "POS-EKONOMICHEF", "Ekonomichef", "POS-KD", null);
    staff("U-KLF-EKO", "POS-EKONOMICHEF", "Controller", 4);
    unitWithManager("U-KLF-IT", "IT-enheten", "U-KLF", "POS-ITCHEF", "IT-chef", "POS-KD", null);
    b.position(
        "POS-SYSTEMFORVALTARE",
        "Systemförvaltare",
        "STAFF_MEMBER",
        "U-KLF-IT",
        "POS-ITCHEF",
        b.person("P-ADMIN", "Oskar Lundin", "admin"));
    staff("U-KLF-IT", "POS-ITCHEF", "IT-tekniker", 3);
  }

  private void education() {
    b.department("U-BUF", "Barn- och utbildningsförvaltningen", "U-KOMMUN", "U-BUN", "POS-FC-BUF");
    b.position(
        "POS-FC-BUF",
        "Förvaltningschef",
        "DEPARTMENT_HEAD",
        "U-BUF",
        "POS-KD",
        b.person("P-FC-BUF", "Lars Ek", "fc-buf"));
    staff("U-BUF", "POS-FC-BUF", "Nämndsekreterare", 1);
    unitWithManager(
        "U-BUF-GR",
        "Grundskoleavdelningen",
        "U-BUF",
        "POS-BUF-GR-CH",
        "Verksamhetschef grundskola",
        "POS-FC-BUF",
        b.person("P-VC-GR", "Magnus Forsberg", "verksamhetschef"));
    String[] schools = {"Ekbackens skola", "Norrgårdsskolan", "Hagaskolan"};
    for (int i = 0; i < schools.length; i++) {
      String unit = "U-SKOLA-" + (i + 1);
      String principal = "POS-REKTOR-" + (i + 1);
      unitWithManager(
          unit,
          schools[i],
          "U-BUF-GR",
          principal,
          "Rektor",
          "POS-BUF-GR-CH",
          i == 0 ? b.person("P-REKTOR", "Eva Sjöberg", "rektor") : null);
      if (i == 0) {
        b.position(
            "POS-LARARE-1",
            "Lärare",
            "STAFF_MEMBER",
            unit,
            principal,
            b.person("P-LARARE", "Sara Lind", "larare"));
      }
      staff(unit, principal, "Lärare", 22);
      staff(unit, principal, "Elevassistent", 4);
    }
    unitWithManager(
        "U-BUF-FSK",
        "Förskoleavdelningen",
        "U-BUF",
        "POS-BUF-FSK-CH",
        "Verksamhetschef förskola",
        "POS-FC-BUF",
        null);
    String[] preschools = {"Förskolan Solrosen", "Förskolan Blåklinten"};
    for (int i = 0; i < preschools.length; i++) {
      String unit = "U-FSK-" + (i + 1);
      String head = "POS-FSK-CHEF-" + (i + 1);
      unitWithManager(
          unit, preschools[i], "U-BUF-FSK", head, "Förskolechef", "POS-BUF-FSK-CH", null);
      staff(unit, head, "Förskollärare", 8);
      staff(unit, head, "Barnskötare", 6);
    }
  }

  private void socialServices() {
    b.department("U-SOF", "Socialförvaltningen", "U-KOMMUN", "U-SN", "POS-FC-SOF");
    // The department head's post is vacant; the head of elderly care is acting (t.f.).
    b.position("POS-FC-SOF", "Förvaltningschef", "DEPARTMENT_HEAD", "U-SOF", "POS-KD", null);
    String actingHead = b.person("P-TF-FC-SOF", "Johanna Bergqvist", "tf-fc-sof");
    b.acting("POS-FC-SOF", actingHead, ACTING_FROM, null);
    b.position(
        "POS-KOMMUNIKATOR-SOF",
        "Kommunikatör",
        "COMMUNICATIONS_OFFICER",
        "U-SOF",
        "POS-FC-SOF",
        newPerson());
    unitWithManager(
        "U-SOF-AO",
        "Äldreomsorgen",
        "U-SOF",
        "POS-SOF-AO-CH",
        "Verksamhetschef äldreomsorg",
        "POS-FC-SOF",
        actingHead);
    String[] eldercare = {"Hemtjänst Norr", "Hemtjänst Syd", "Solgårdens särskilda boende"};
    for (int i = 0; i < eldercare.length; i++) {
      String unit = "U-SOF-AO-" + (i + 1);
      String head = "POS-SOF-AO-EC-" + (i + 1);
      // Hemtjänst Syd's unit manager post is vacant with no one acting.
      String holder =
          i == 0
              ? b.person("P-ENHETSCHEF", "Mats Eklund", "enhetschef")
              : i == 1 ? null : newPerson();
      b.unit(unit, eldercare[i], "UNIT", "U-SOF-AO");
      b.position(head, "Enhetschef", "MANAGER", unit, "POS-SOF-AO-CH", holder);
      if (i == 0) {
        b.position(
            "POS-USK-1",
            "Undersköterska",
            "STAFF_MEMBER",
            unit,
            head,
            b.person("P-USK", "Amira Ali", "medarbetare"));
      }
      staff(unit, head, "Undersköterska", 18);
    }
    unitWithManager(
        "U-SOF-IFO",
        "Individ- och familjeomsorgen",
        "U-SOF",
        "POS-SOF-IFO-CH",
        "Verksamhetschef IFO",
        "POS-FC-SOF",
        null);
    String[] ifo = {"Barn och unga", "Vuxenenheten"};
    for (int i = 0; i < ifo.length; i++) {
      String unit = "U-SOF-IFO-" + (i + 1);
      String head = "POS-SOF-IFO-EC-" + (i + 1);
      unitWithManager(unit, ifo[i], "U-SOF-IFO", head, "Enhetschef", "POS-SOF-IFO-CH", null);
      staff(unit, head, "Socialsekreterare", 9);
    }
  }

  private void communityPlanning() {
    b.department("U-SBF", "Samhällsbyggnadsförvaltningen", "U-KOMMUN", "U-SBN", "POS-FC-SBF");
    b.position(
        "POS-FC-SBF",
        "Förvaltningschef",
        "DEPARTMENT_HEAD",
        "U-SBF",
        "POS-KD",
        b.person("P-FC-SBF", "Ylva Nordström", "fc-sbf"));
    unitWithManager(
        "U-SBF-PB",
        "Plan- och byggenheten",
        "U-SBF",
        "POS-SBF-PB-CH",
        "Enhetschef",
        "POS-FC-SBF",
        null);
    staff("U-SBF-PB", "POS-SBF-PB-CH", "Planarkitekt", 4);
    staff("U-SBF-PB", "POS-SBF-PB-CH", "Bygglovshandläggare", 5);
    unitWithManager(
        "U-SBF-MH",
        "Miljö- och hälsoskyddsenheten",
        "U-SBF",
        "POS-SBF-MH-CH",
        "Enhetschef",
        "POS-FC-SBF",
        null);
    staff("U-SBF-MH", "POS-SBF-MH-CH", "Miljöinspektör", 6);
    unitWithManager(
        "U-SBF-GP",
        "Gata- och parkenheten",
        "U-SBF",
        "POS-SBF-GP-CH",
        "Enhetschef",
        "POS-FC-SBF",
        null);
    for (int i = 1; i <= 2; i++) {
      String team = "U-SBF-GP-" + i;
      String lead = "POS-SBF-GP-AL-" + i;
      unitWithManager(
          team,
          i == 1 ? "Gatulaget" : "Parklaget",
          "U-SBF-GP",
          lead,
          "Arbetsledare",
          "POS-SBF-GP-CH",
          null);
      staff(team, lead, i == 1 ? "Gatuarbetare" : "Parkarbetare", 8);
    }
  }

  private void unitWithManager(
      String unit,
      String name,
      String parent,
      String managerPosition,
      String title,
      String reportsTo,
      String holder) {
    b.unit(unit, name, "UNIT", parent);
    b.position(
        managerPosition, title, "MANAGER", unit, reportsTo, holder == null ? newPerson() : holder);
  }

  private void staff(String unit, String manager, String title, int count) {
    for (int i = 0; i < count; i++) {
      b.position(
          positionId(unit.replace("U-", "POS-")),
          title,
          "STAFF_MEMBER",
          unit,
          manager,
          newPerson());
    }
  }

  private String newPerson() {
    String id = String.format("P-%04d", nextPerson++);
    return b.person(id, names.next(), null);
  }

  private String positionId(String prefix) {
    String base = prefix.startsWith("U-") ? prefix.replace("U-", "POS-") : prefix;
    return String.format("%s-%04d", base, nextPosition++);
  }
}
