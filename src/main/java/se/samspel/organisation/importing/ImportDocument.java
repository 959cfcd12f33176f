package se.samspel.organisation.importing;

import java.util.List;
import java.util.Objects;

/**
 * An organisation as uploaded, before validation: every value is still text, so that one bad value
 * is reported with all the others instead of stopping the parse.
 */
public record ImportDocument(
    List<UnitRow> units, List<PositionRow> positions, List<PersonRow> people) {

  public ImportDocument {
    units = List.copyOf(Objects.requireNonNull(units, "units are required"));
    positions = List.copyOf(Objects.requireNonNull(positions, "positions are required"));
    people = List.copyOf(Objects.requireNonNull(people, "people are required"));
  }

  /** A unit: a political body, a department or a unit inside one. */
  public record UnitRow(
      RowSource source,
      String id,
      String name,
      String kind,
      String parent,
      String responsibleCommittee,
      String head) {}

  /** A person. */
  public record PersonRow(RowSource source, String id, String name, String email, String login) {}

  /** A position, with its holder and any acting assignments. */
  public record PositionRow(
      RowSource source,
      String id,
      String title,
      String kind,
      String unit,
      String reportsTo,
      String holder,
      String party,
      List<ActingRow> acting) {

    public PositionRow {
      acting = acting == null ? List.of() : List.copyOf(acting);
    }
  }

  /** An acting assignment (t.f.) of a position. */
  public record ActingRow(RowSource source, String person, String from, String to) {}
}
