package se.samspel.organisation.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.samspel.organisation.domain.ActingAssignment;
import se.samspel.organisation.domain.Organisation;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitId;

/**
 * The CSV an HR system exports: one line per position (with its holder and unit), plus lines that
 * only describe a unit. Units and people that appear on several lines must be described the same
 * way each time. See {@code docs/organisation-import-sample.csv} and the README for the columns.
 *
 * <p>Either ';' (what Swedish spreadsheet programs write) or ',' separates the fields, whichever
 * the header uses; fields may be quoted with '"'. A byte-order mark is ignored. Unknown columns are
 * ignored, so an export may carry more than Samspel needs.
 *
 * <p>What the format cannot say: a line has one set of {@code acting_*} columns, so CSV carries at
 * most one acting assignment per position (JSON carries any number); and a person appears only as
 * the holder on a position's line, so everyone in a CSV holds at least one position. {@link #toCsv}
 * refuses an organisation that needs more.
 */
public final class CsvOrganisationFormat {

  /** The columns, in the order Samspel writes them. */
  public static final List<String> COLUMNS =
      List.of(
          "unit_id",
          "unit_name",
          "unit_kind",
          "parent_unit_id",
          "responsible_committee_id",
          "unit_head",
          "position_id",
          "position_title",
          "position_kind",
          "reports_to_position_id",
          "person_id",
          "person_name",
          "email",
          "login",
          "party",
          "acting_person_id",
          "acting_from",
          "acting_to");

  private static final Set<String> REQUIRED_COLUMNS = Set.of("unit_id", "position_id", "person_id");

  /** Which CSV column carries each logical field of the import. */
  private static final Map<String, String> COLUMN_OF_FIELD =
      Map.ofEntries(
          Map.entry("unit.id", "unit_id"),
          Map.entry("unit.name", "unit_name"),
          Map.entry("unit.kind", "unit_kind"),
          Map.entry("unit.parent", "parent_unit_id"),
          Map.entry("unit.responsibleCommittee", "responsible_committee_id"),
          Map.entry("unit.head", "unit_head"),
          Map.entry("position.id", "position_id"),
          Map.entry("position.title", "position_title"),
          Map.entry("position.kind", "position_kind"),
          Map.entry("position.unit", "unit_id"),
          Map.entry("position.reportsTo", "reports_to_position_id"),
          Map.entry("position.holder", "person_id"),
          Map.entry("position.party", "party"),
          Map.entry("person.id", "person_id"),
          Map.entry("person.name", "person_name"),
          Map.entry("person.email", "email"),
          Map.entry("person.login", "login"),
          Map.entry("acting.person", "acting_person_id"),
          Map.entry("acting.from", "acting_from"),
          Map.entry("acting.to", "acting_to"));

  private CsvOrganisationFormat() {}

  static String columnFor(String qualifiedField) {
    return COLUMN_OF_FIELD.getOrDefault(qualifiedField, qualifiedField);
  }

  /** A row source that names CSV columns for one kind of record (unit, position, person …). */
  record CsvRow(int lineNumber, String record) implements RowSource {
    @Override
    public Integer line() {
      return lineNumber;
    }

    @Override
    public String field(String logicalField) {
      return columnFor(record + "." + logicalField);
    }
  }

  /** The outcome of reading a CSV file: a document, plus problems found while reading it. */
  public record ReadResult(ImportDocument document, List<ImportProblem> problems) {}

  /** Reads a CSV export into an import document; reading problems are reported, not thrown. */
  public static ReadResult read(String csv) {
    Objects.requireNonNull(csv, "csv is required");
    List<ImportProblem> problems = new ArrayList<>();
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<List<String>> records = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    parse(text, records, lineNumbers, problems);
    if (records.isEmpty()) {
      problems.add(new ImportProblem(1, "header", "the file is empty"));
      return new ReadResult(new ImportDocument(List.of(), List.of(), List.of()), problems);
    }
    Map<String, Integer> header = new HashMap<>();
    List<String> names = records.get(0);
    for (int i = 0; i < names.size(); i++) {
      header.put(names.get(i).trim().toLowerCase(Locale.ROOT), i);
    }
    for (String required : REQUIRED_COLUMNS) {
      if (!header.containsKey(required)) {
        problems.add(new ImportProblem(1, required, "the header lacks this column"));
      }
    }
    if (!problems.isEmpty()) {
      return new ReadResult(new ImportDocument(List.of(), List.of(), List.of()), problems);
    }
    return new Assembler(header, problems).assemble(records, lineNumbers);
  }

  /**
   * Writes an organisation as the CSV {@link #read} accepts, with ';' as separator: for each unit
   * in order, one line per position it holds (the unit's columns repeated, the holder's columns
   * filled in, {@code unit_head} = "ja" on the head's line), or a single line with the unit's
   * columns alone when it holds no position.
   *
   * @throws IllegalArgumentException when the organisation says something CSV cannot: a position
   *     with more than one acting assignment, a person who holds no position, or a department whose
   *     head belongs to another unit
   */
  public static String toCsv(Organisation organisation) {
    Objects.requireNonNull(organisation, "organisation is required");
    Map<PersonId, Person> people = new HashMap<>();
    organisation.people().forEach(p -> people.put(p.id(), p));
    Map<UnitId, List<Position>> positionsByUnit = new LinkedHashMap<>();
    Set<PersonId> holders = new HashSet<>();
    for (Position position : organisation.positions()) {
      if (position.acting().size() > 1) {
        throw new IllegalArgumentException(
            "position '"
                + position.id()
                + "' has "
                + position.acting().size()
                + " acting assignments; CSV carries at most one per position (use JSON)");
      }
      positionsByUnit.computeIfAbsent(position.unit(), k -> new ArrayList<>()).add(position);
      position.holder().ifPresent(holders::add);
    }
    for (Person person : organisation.people()) {
      if (!holders.contains(person.id())) {
        throw new IllegalArgumentException(
            "person '"
                + person.id()
                + "' holds no position; CSV lists people only as holders (use JSON)");
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (Unit unit : organisation.units()) {
      List<Position> positions = positionsByUnit.getOrDefault(unit.id(), List.of());
      unit.head()
          .filter(head -> positions.stream().noneMatch(p -> p.id().equals(head)))
          .ifPresent(
              head -> {
                throw new IllegalArgumentException(
                    "the head '" + head + "' of unit '" + unit.id() + "' is not in that unit");
              });
      if (positions.isEmpty()) {
        rows.add(line(unit, null, null));
      }
      for (Position position : positions) {
        rows.add(line(unit, position, position.holder().map(people::get).orElse(null)));
      }
    }
    return write(rows);
  }

  private static List<String> line(Unit unit, Position position, Person holder) {
    Optional<ActingAssignment> acting =
        position == null ? Optional.empty() : position.acting().stream().findFirst();
    boolean isHead = position != null && unit.head().equals(Optional.of(position.id()));
    // In the order of COLUMNS.
    return Arrays.asList(
        unit.id().value(),
        unit.name(),
        unit.kind().name(),
        unit.parent().map(UnitId::value).orElse(null),
        unit.responsibleCommittee().map(UnitId::value).orElse(null),
        isHead ? "ja" : null,
        position == null ? null : position.id().value(),
        position == null ? null : position.title(),
        position == null ? null : position.kind().name(),
        position == null ? null : position.reportsTo().map(PositionId::value).orElse(null),
        holder == null ? null : holder.id().value(),
        holder == null ? null : holder.name(),
        holder == null ? null : holder.email().orElse(null),
        holder == null ? null : holder.login().orElse(null),
        position == null ? null : position.party().orElse(null),
        acting.map(a -> a.person().value()).orElse(null),
        acting.map(a -> a.from().toString()).orElse(null),
        acting.flatMap(ActingAssignment::to).map(LocalDate::toString).orElse(null));
  }

  /** Writes rows as CSV in Samspel's column order, ';'-separated, quoting where needed. */
  public static String write(List<List<String>> rows) {
    StringBuilder out = new StringBuilder(String.join(";", COLUMNS)).append('\n');
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(';');
        }
        out.append(quote(row.get(i)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String quote(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(";")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }

  /** RFC 4180 parsing with ';' or ',' as separator, chosen from the header line. */
  private static void parse(
      String text,
      List<List<String>> records,
      List<Integer> lineNumbers,
      List<ImportProblem> problems) {
    int firstLineEnd = text.indexOf('\n');
    String headerLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
    char separator = headerLine.indexOf(';') >= 0 ? ';' : ',';
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int recordLine = 1;
    boolean nulReported = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000' && !nulReported) {
        // No text in Samspel may carry NUL (PostgreSQL cannot store it): the whole file is refused.
        int column = i - text.lastIndexOf('\n', i - 1);
        problems.add(
            new ImportProblem(
                line, "line", "a NUL character (U+0000) at column " + column + " of the line"));
        nulReported = true;
      }
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == separator) {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r') {
        // Windows line endings: the '\n' that follows ends the record.
      } else if (c == '\n') {
        record.add(field.toString());
        field.setLength(0);
        addRecord(records, lineNumbers, record, recordLine);
        record = new ArrayList<>();
        line++;
        recordLine = line;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      problems.add(new ImportProblem(recordLine, "line", "a quoted field is never closed"));
    }
    if (field.length() > 0 || !record.isEmpty()) {
      record.add(field.toString());
      addRecord(records, lineNumbers, record, recordLine);
    }
  }

  private static void addRecord(
      List<List<String>> records, List<Integer> lineNumbers, List<String> record, int line) {
    boolean blank = record.stream().allMatch(String::isBlank);
    if (!blank) {
      records.add(record);
      lineNumbers.add(line);
    }
  }

  /** Folds the flat lines into units, positions and people. */
  private static final class Assembler {
    private final Map<String, Integer> header;
    private final List<ImportProblem> problems;
    private final Map<String, ImportDocument.UnitRow> units = new LinkedHashMap<>();
    private final Map<String, ImportDocument.PersonRow> people = new LinkedHashMap<>();
    private final List<ImportDocument.PositionRow> positions = new ArrayList<>();
    private final Map<String, String> headOfUnit = new HashMap<>();

    Assembler(Map<String, Integer> header, List<ImportProblem> problems) {
      this.header = header;
      this.problems = problems;
    }

    ReadResult assemble(List<List<String>> records, List<Integer> lineNumbers) {
      for (int r = 1; r < records.size(); r++) {
        readLine(records.get(r), lineNumbers.get(r));
      }
      List<ImportDocument.UnitRow> unitRows =
          units.values().stream()
              .map(
                  u ->
                      new ImportDocument.UnitRow(
                          u.source(),
                          u.id(),
                          u.name(),
                          u.kind(),
                          u.parent(),
                          u.responsibleCommittee(),
                          headOfUnit.get(u.id())))
              .toList();
      return new ReadResult(
          new ImportDocument(unitRows, positions, List.copyOf(people.values())), problems);
    }

    private void readLine(List<String> values, int line) {
      String unitId = value(values, "unit_id");
      if (unitId == null) {
        problems.add(new ImportProblem(line, "unit_id", "is required on every line"));
        return;
      }
      readUnit(values, line, unitId);
      String personId = value(values, "person_id");
      if (personId != null) {
        readPerson(values, line, personId);
      }
      String positionId = value(values, "position_id");
      if (positionId != null) {
        readPosition(values, line, unitId, positionId, personId);
      } else if (personId != null) {
        problems.add(
            new ImportProblem(line, "position_id", "a person must be listed with a position"));
      }
    }

    private void readUnit(List<String> values, int line, String unitId) {
      ImportDocument.UnitRow incoming =
          new ImportDocument.UnitRow(
              new CsvRow(line, "unit"),
              unitId,
              value(values, "unit_name"),
              value(values, "unit_kind"),
              value(values, "parent_unit_id"),
              value(values, "responsible_committee_id"),
              null);
      ImportDocument.UnitRow known = units.get(unitId);
      if (known == null) {
        units.put(unitId, incoming);
        return;
      }
      // A unit repeats on every line of its positions; later lines may leave its columns empty
      // or fill in what earlier lines left out, but must not contradict them.
      units.put(
          unitId,
          new ImportDocument.UnitRow(
              known.source(),
              unitId,
              merge(line, "unit_name", known.name(), incoming.name()),
              merge(line, "unit_kind", known.kind(), incoming.kind()),
              merge(line, "parent_unit_id", known.parent(), incoming.parent()),
              merge(
                  line,
                  "responsible_committee_id",
                  known.responsibleCommittee(),
                  incoming.responsibleCommittee()),
              null));
    }

    private void readPerson(List<String> values, int line, String personId) {
      ImportDocument.PersonRow incoming =
          new ImportDocument.PersonRow(
              new CsvRow(line, "person"),
              personId,
              value(values, "person_name"),
              value(values, "email"),
              value(values, "login"));
      ImportDocument.PersonRow known = people.get(personId);
      if (known == null) {
        people.put(personId, incoming);
        return;
      }
      people.put(
          personId,
          new ImportDocument.PersonRow(
              known.source(),
              personId,
              merge(line, "person_name", known.name(), incoming.name()),
              merge(line, "email", known.email(), incoming.email()),
              merge(line, "login", known.login(), incoming.login())));
    }

    private void readPosition(
        List<String> values, int line, String unitId, String positionId, String personId) {
      String head = value(values, "unit_head");
      if (head != null) {
        switch (head.toLowerCase(Locale.ROOT)) {
          case "ja", "yes", "true", "1", "x" -> {
            String earlier = headOfUnit.putIfAbsent(unitId, positionId);
            if (earlier != null && !earlier.equals(positionId)) {
              problems.add(
                  new ImportProblem(
                      line,
                      "unit_head",
                      "unit '" + unitId + "' already has head '" + earlier + "'"));
            }
          }
          case "nej", "no", "false", "0", "" -> {}
          default ->
              problems.add(
                  new ImportProblem(line, "unit_head", "'" + head + "' is not ja/nej (yes/no)"));
        }
      }
      List<ImportDocument.ActingRow> acting = new ArrayList<>();
      String actingPerson = value(values, "acting_person_id");
      String actingFrom = value(values, "acting_from");
      String actingTo = value(values, "acting_to");
      if (actingPerson != null || actingFrom != null || actingTo != null) {
        acting.add(
            new ImportDocument.ActingRow(
                new CsvRow(line, "acting"), actingPerson, actingFrom, actingTo));
      }
      positions.add(
          new ImportDocument.PositionRow(
              new CsvRow(line, "position"),
              positionId,
              value(values, "position_title"),
              value(values, "position_kind"),
              unitId,
              value(values, "reports_to_position_id"),
              personId,
              value(values, "party"),
              acting));
    }

    private String merge(int line, String column, String known, String incoming) {
      if (known == null) {
        return incoming;
      }
      if (incoming != null && !incoming.equals(known)) {
        problems.add(
            new ImportProblem(
                line,
                column,
                "'" + incoming + "' contradicts '" + known + "' given on an earlier line"));
      }
      return known;
    }

    private String value(List<String> values, String column) {
      Integer index = header.get(column);
      if (index == null || index >= values.size()) {
        return null;
      }
      String value = values.get(index).trim();
      return value.isEmpty() ? null : value;
    }
  }
}
