package se.samspel.organisation.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole organisation as JSON. Values are read as text and checked by the import's validator, so
 * that every problem is reported at once with its path (e.g. {@code positions[12].reportsTo}).
 */
@Schema(name = "OrganisationImport", description = "A whole organisation to import")
public record OrganisationImportRequest(
    List<UnitJson> units, List<PositionJson> positions, List<PersonJson> people) {

  /** A unit. {@code responsibleCommittee} and {@code head} are for departments only. */
  public record UnitJson(
      @Schema(example = "U-BUF") String id,
      @Schema(example = "Barn- och utbildningsförvaltningen") String name,
      @Schema(example = "DEPARTMENT") String kind,
      @Schema(example = "U-KOMMUN") String parent,
      @Schema(example = "U-BUN") String responsibleCommittee,
      @Schema(example = "POS-FC-BUF") String head) {}

  /** A position; {@code reportsTo} for employees, {@code party} for politicians. */
  public record PositionJson(
      @Schema(example = "POS-FC-BUF") String id,
      @Schema(example = "Förvaltningschef") String title,
      @Schema(example = "DEPARTMENT_HEAD") String kind,
      @Schema(example = "U-BUF") String unit,
      @Schema(example = "POS-KD") String reportsTo,
      @Schema(example = "P-1001") String holder,
      String party,
      List<ActingJson> acting) {}

  /** An acting assignment (t.f.); {@code to} is inclusive and may be left out. */
  public record ActingJson(
      @Schema(example = "P-1002") String person,
      @Schema(example = "2026-01-01") String from,
      @Schema(example = "2026-06-30") String to) {}

  /** A person; {@code login} is the identity provider's subject for them. */
  public record PersonJson(
      @Schema(example = "P-1001") String id,
      @Schema(example = "Karin Holm") String name,
      @Schema(example = "karin.holm@example.se") String email,
      @Schema(example = "kd") String login) {}

  /** The document the validator checks, each row remembering its JSON path. */
  public ImportDocument toDocument() {
    List<UnitJson> u = units == null ? List.of() : units;
    List<PositionJson> p = positions == null ? List.of() : positions;
    List<PersonJson> pe = people == null ? List.of() : people;
    List<ImportDocument.UnitRow> unitRows =
        IntStream.range(0, u.size())
            .filter(i -> u.get(i) != null)
            .mapToObj(
                i -> {
                  UnitJson x = u.get(i);
                  return new ImportDocument.UnitRow(
                      new RowSource.Json("units", i),
                      x.id(),
                      x.name(),
                      x.kind(),
                      x.parent(),
                      x.responsibleCommittee(),
                      x.head());
                })
            .toList();
    List<ImportDocument.PositionRow> positionRows = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      PositionJson x = p.get(i);
      if (x == null) {
        continue;
      }
      List<ActingJson> acting = x.acting() == null ? List.of() : x.acting();
      String path = "positions[" + i + "].acting";
      List<ImportDocument.ActingRow> actingRows =
          IntStream.range(0, acting.size())
              .filter(j -> acting.get(j) != null)
              .mapToObj(
                  j ->
                      new ImportDocument.ActingRow(
                          new RowSource.Json(path, j),
                          acting.get(j).person(),
                          acting.get(j).from(),
                          acting.get(j).to()))
              .toList();
      positionRows.add(
          new ImportDocument.PositionRow(
              new RowSource.Json("positions", i),
              x.id(),
              x.title(),
              x.kind(),
              x.unit(),
              x.reportsTo(),
              x.holder(),
              x.party(),
              actingRows));
    }
    List<ImportDocument.PersonRow> personRows =
        IntStream.range(0, pe.size())
            .filter(i -> pe.get(i) != null)
            .mapToObj(
                i ->
                    new ImportDocument.PersonRow(
                        new RowSource.Json("people", i),
                        pe.get(i).id(),
                        pe.get(i).name(),
                        pe.get(i).email(),
                        pe.get(i).login()))
            .toList();
    return new ImportDocument(unitRows, positionRows, personRows);
  }
}
