package se.samspel.organisation.demo;

/**
 * A hand-made organisation small enough to read at a glance (fictional "Ängsby kommun"), for tests
 * that are clearer with every row in view than with the demo's three hundred positions. It is valid
 * as it stands; tests add to it or take from it to make the case they describe.
 *
 * <pre>
 * U-KOMMUN (municipality)
 *   U-KF   council
 *   U-KS   executive board      POS-KSO (chair), POS-KS-LED
 *   U-TN   technical committee  POS-TN-ORF (chair), POS-TN-LED
 *   U-KLF  central administration, answers to U-KS, head POS-KD
 *            POS-KOM (communications officer) → POS-KD
 *   U-TF   technical department, answers to U-TN, head POS-FC-TF → POS-KD
 *     U-TF-VA  water unit        POS-VA-CH → POS-FC-TF; POS-VA-1, POS-VA-2 → POS-VA-CH
 * </pre>
 */
public final class SmallOrganisation {

  private SmallOrganisation() {}

  /** A builder holding the whole valid organisation; add rows to it before {@code build()}. */
  public static OrganisationBuilder builder() {
    OrganisationBuilder b = new OrganisationBuilder("angsby.example");
    b.unit("U-KOMMUN", "Ängsby kommun", "MUNICIPALITY", null)
        .unit("U-KF", "Kommunfullmäktige", "COUNCIL", "U-KOMMUN")
        .unit("U-KS", "Kommunstyrelsen", "EXECUTIVE_BOARD", "U-KOMMUN")
        .unit("U-TN", "Tekniska nämnden", "COMMITTEE", "U-KOMMUN")
        .department("U-KLF", "Kommunledningsförvaltningen", "U-KOMMUN", "U-KS", "POS-KD")
        .department("U-TF", "Tekniska förvaltningen", "U-KOMMUN", "U-TN", "POS-FC-TF")
        .unit("U-TF-VA", "VA-enheten", "UNIT", "U-TF");
    b.political(
            "POS-KSO",
            "Kommunstyrelsens ordförande",
            "KSO",
            "U-KS",
            b.person("P-KSO", "Tove Ängström", "kso"),
            "S")
        .political(
            "POS-KS-LED",
            "Ledamot",
            "ELECTED_MEMBER",
            "U-KS",
            b.person("P-KS-LED", "Rune Gräsberg", null),
            "M")
        .political(
            "POS-TN-ORF",
            "Ordförande",
            "COMMITTEE_CHAIR",
            "U-TN",
            b.person("P-TN-ORF", "Ulla Vassmark", null),
            "C")
        .political(
            "POS-TN-LED",
            "Ledamot",
            "ELECTED_MEMBER",
            "U-TN",
            b.person("P-TN-LED", "Bo Kärrlund", null),
            "M")
        .position(
            "POS-KD",
            "Kommundirektör",
            "MUNICIPAL_DIRECTOR",
            "U-KLF",
            null,
            b.person("P-KD", "Siv Holmgård", "kd"))
        .position(
            "POS-KOM",
            "Kommunikatör",
            "COMMUNICATIONS_OFFICER",
            "U-KLF",
            "POS-KD",
            b.person("P-KOM", "Nora Fjällby", null))
        .position(
            "POS-FC-TF",
            "Förvaltningschef",
            "DEPARTMENT_HEAD",
            "U-TF",
            "POS-KD",
            b.person("P-FC-TF", "Arne Stenvik", null))
        .position(
            "POS-VA-CH",
            "Enhetschef VA",
            "MANAGER",
            "U-TF-VA",
            "POS-FC-TF",
            b.person("P-VA-CH", "Greta Bäckström", null))
        .position(
            "POS-VA-1",
            "Drifttekniker",
            "STAFF_MEMBER",
            "U-TF-VA",
            "POS-VA-CH",
            b.person("P-VA-1", "Olle Åsmark", null))
        .position(
            "POS-VA-2",
            "Drifttekniker",
            "STAFF_MEMBER",
            "U-TF-VA",
            "POS-VA-CH",
            b.person("P-VA-2", "Lisa Myrén", null));
    return b;
  }
}
