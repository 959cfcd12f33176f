package se.samspel.organisation.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.samspel.organisation.importing.ImportDocument;
import se.samspel.organisation.importing.RowSource;

/** Writes an import document in code, for the demo and the generator. */
public final class OrganisationBuilder {

  private final String mailDomain;
  private final String loginPrefix;
  private final List<ImportDocument.UnitRow> units = new ArrayList<>();
  private final List<ImportDocument.PersonRow> people = new ArrayList<>();
  private final Map<String, PositionDraft> positions = new LinkedHashMap<>();

  public OrganisationBuilder(String mailDomain) {
    this(mailDomain, "");
  }

  /**
   * @param loginPrefix put before every login given, so that a second demo municipality's logins
   *     differ from the first's (a login is unique in the deployment)
   */
  public OrganisationBuilder(String mailDomain, String loginPrefix) {
    this.mailDomain = mailDomain;
    this.loginPrefix = loginPrefix;
  }

  private static final class PositionDraft {
    final String id;
    final String title;
    final String kind;
    final String unit;
    final String reportsTo;
    final String holder;
    final String party;
    final List<ImportDocument.ActingRow> acting = new ArrayList<>();

    PositionDraft(
        String id,
        String title,
        String kind,
        String unit,
        String reportsTo,
        String holder,
        String party) {
      this.id = id;
      this.title = title;
      this.kind = kind;
      this.unit = unit;
      this.reportsTo = reportsTo;
      this.holder = holder;
      this.party = party;
    }
  }

  public OrganisationBuilder unit(String id, String name, String kind, String parent) {
    units.add(
        new ImportDocument.UnitRow(
            new RowSource.Json("units", units.size()), id, name, kind, parent, null, null));
    return this;
  }

  public OrganisationBuilder department(
      String id, String name, String parent, String committee, String headPosition) {
    units.add(
        new ImportDocument.UnitRow(
            new RowSource.Json("units", units.size()),
            id,
            name,
            "DEPARTMENT",
            parent,
            committee,
            headPosition));
    return this;
  }

  /** Adds a person; their e-mail is made from the name, their login is given. */
  public String person(String id, String name, String login) {
    people.add(
        new ImportDocument.PersonRow(
            new RowSource.Json("people", people.size()),
            id,
            name,
            emailOf(name, id),
            login == null ? null : loginPrefix + login));
    return id;
  }

  public OrganisationBuilder position(
      String id, String title, String kind, String unit, String reportsTo, String holder) {
    return position(id, title, kind, unit, reportsTo, holder, null);
  }

  public OrganisationBuilder political(
      String id, String title, String kind, String body, String holder, String party) {
    return position(id, title, kind, body, null, holder, party);
  }

  private OrganisationBuilder position(
      String id,
      String title,
      String kind,
      String unit,
      String reportsTo,
      String holder,
      String party) {
    positions.put(id, new PositionDraft(id, title, kind, unit, reportsTo, holder, party));
    return this;
  }

  public OrganisationBuilder acting(String position, String person, String from, String to) {
    PositionDraft draft = positions.get(position);
    draft.acting.add(
        new ImportDocument.ActingRow(
            new RowSource.Json("positions[" + position + "].acting", draft.acting.size()),
            person,
            from,
            to));
    return this;
  }

  public ImportDocument build() {
    List<ImportDocument.PositionRow> rows = new ArrayList<>();
    for (PositionDraft p : positions.values()) {
      rows.add(
          new ImportDocument.PositionRow(
              new RowSource.Json("positions", rows.size()),
              p.id,
              p.title,
              p.kind,
              p.unit,
              p.reportsTo,
              p.holder,
              p.party,
              p.acting));
    }
    return new ImportDocument(units, rows, people);
  }

  private String emailOf(String name, String id) {
    String ascii =
        Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^a-z ]", "")
            .trim()
            .replace(' ', '.');
    return ascii + "." + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "@" + mailDomain;
  }
}
