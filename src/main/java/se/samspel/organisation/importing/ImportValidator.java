package se.samspel.organisation.importing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.samspel.organisation.domain.ActingAssignment;
import se.samspel.organisation.domain.Login;
import se.samspel.organisation.domain.Organisation;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Position;
import se.samspel.organisation.domain.PositionId;
import se.samspel.organisation.domain.PositionKind;
import se.samspel.organisation.domain.Unit;
import se.samspel.organisation.domain.UnitId;
import se.samspel.organisation.domain.UnitKind;

/**
 * Checks a whole {@link ImportDocument} before anything is written, and reports every problem at
 * once: missing and malformed values, duplicate external ids, logins that identity providers cannot
 * tell apart (equal once {@linkplain Login#normalise normalised}), dangling references, cycles in
 * the unit tree and in reporting lines, departments without a head or responsible committee,
 * committees without a chair, political and administrative positions in the wrong kind of unit, and
 * bad or overlapping dates.
 */
public final class ImportValidator {

  static final int MAX_ID_LENGTH = 64;
  static final int MAX_TEXT_LENGTH = 200;

  private final List<ImportProblem> problems = new ArrayList<>();
  private final ImportDocument document;
  private final Map<String, ImportDocument.UnitRow> unitsById = new HashMap<>();
  private final Map<String, ImportDocument.PositionRow> positionsById = new HashMap<>();
  private final Map<String, ImportDocument.PersonRow> peopleById = new HashMap<>();

  private ImportValidator(ImportDocument document) {
    this.document = document;
  }

  /** Validates a document: either the organisation it describes, or every problem found. */
  public static ImportResult validate(ImportDocument document) {
    return new ImportValidator(document).run();
  }

  /** The outcome of validating an import. */
  public sealed interface ImportResult {
    /** The document describes a valid organisation. */
    record Valid(Organisation organisation) implements ImportResult {}

    /** The document has problems; nothing may be written. */
    record Invalid(List<ImportProblem> problems) implements ImportResult {}
  }

  private ImportResult run() {
    indexUniqueIds();
    document.people().forEach(this::checkPerson);
    document.units().forEach(this::checkUnit);
    document.positions().forEach(this::checkPosition);
    checkSingleRoot();
    checkUnitCycles();
    checkReportingCycles();
    checkExactlyOne(PositionKind.KSO, "KSO (kommunstyrelsens ordförande)");
    checkExactlyOne(PositionKind.MUNICIPAL_DIRECTOR, "KD (kommundirektör)");
    if (!problems.isEmpty()) {
      return new ImportResult.Invalid(List.copyOf(problems));
    }
    return new ImportResult.Valid(toOrganisation());
  }

  // ---- Identity ----

  private void indexUniqueIds() {
    index(document.units(), ImportDocument.UnitRow::id, ImportDocument.UnitRow::source, unitsById);
    index(
        document.positions(),
        ImportDocument.PositionRow::id,
        ImportDocument.PositionRow::source,
        positionsById);
    index(
        document.people(),
        ImportDocument.PersonRow::id,
        ImportDocument.PersonRow::source,
        peopleById);
    checkUniqueLogins();
  }

  /**
   * Logins that are equal once {@linkplain Login#normalise normalised} (case, Unicode form and
   * surrounding spaces ignored) are duplicates, because identity providers do not tell them apart
   * (issue 14). Every row involved gets a problem on its {@code login} field that names the other
   * rows and their spellings, so that the uploader can fix whichever row is wrong.
   */
  private void checkUniqueLogins() {
    Map<String, List<ImportDocument.PersonRow>> byLogin = new LinkedHashMap<>();
    for (ImportDocument.PersonRow person : document.people()) {
      if (!isBlank(person.login())) {
        byLogin
            .computeIfAbsent(Login.normalise(person.login()), k -> new ArrayList<>())
            .add(person);
      }
    }
    for (ImportDocument.PersonRow person : document.people()) {
      if (isBlank(person.login())) {
        continue;
      }
      List<ImportDocument.PersonRow> sharing = byLogin.get(Login.normalise(person.login()));
      if (sharing.size() > 1) {
        List<ImportDocument.PersonRow> others =
            sharing.stream().filter(other -> other != person).toList();
        problem(person.source(), "login", duplicateLogin(person.login().strip(), others));
      }
    }
  }

  private static String duplicateLogin(String spelling, List<ImportDocument.PersonRow> others) {
    String alike =
        others.stream()
            .filter(o -> o.login().strip().equals(spelling))
            .map(o -> o.source().where())
            .collect(Collectors.joining(", "));
    List<String> different =
        others.stream().map(o -> o.login().strip()).filter(o -> !o.equals(spelling)).toList();
    if (different.isEmpty()) {
      return "duplicate login '" + spelling + "', also on " + alike;
    }
    // Equal once normalised, so: differing after NFC alone means case; differing after lower case
    // alone means the Unicode form.
    boolean byCase = different.stream().anyMatch(o -> !nfc(o).equals(nfc(spelling)));
    boolean byForm =
        different.stream()
            .anyMatch(o -> !o.toLowerCase(Locale.ROOT).equals(spelling.toLowerCase(Locale.ROOT)));
    String form = "Unicode form (a letter such as 'ö' composed or decomposed)";
    String difference = byCase && byForm ? "case and " + form : byForm ? form : "case";
    return "login '"
        + spelling
        + "' differs only by "
        + difference
        + " from "
        + others.stream()
            .filter(o -> !o.login().strip().equals(spelling))
            .map(o -> "'" + o.login().strip() + "' on " + o.source().where())
            .collect(Collectors.joining(", "))
        + (alike.isEmpty() ? "" : " (and is repeated on " + alike + ")")
        + "; identity providers do not tell them apart";
  }

  private static String nfc(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFC);
  }

  private <R> void index(
      List<R> rows, Function<R, String> id, Function<R, RowSource> source, Map<String, R> index) {
    for (R row : rows) {
      String value = id.apply(row);
      if (isBlank(value)) {
        problem(source.apply(row), "id", "is required");
      } else if (value.trim().length() > MAX_ID_LENGTH) {
        problem(source.apply(row), "id", "is longer than " + MAX_ID_LENGTH + " characters");
      } else if (index.putIfAbsent(value.trim(), row) != null) {
        problem(source.apply(row), "id", "duplicate external id '" + value.trim() + "'");
      }
    }
  }

  // ---- Rows ----

  private void checkPerson(ImportDocument.PersonRow person) {
    requireText(person.source(), "name", person.name());
    if (!isBlank(person.email())
        && !person.email().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problem(person.source(), "email", "is not an e-mail address");
    }
    tooLong(person.source(), "email", person.email());
    tooLong(person.source(), "login", person.login());
  }

  private void checkUnit(ImportDocument.UnitRow unit) {
    requireText(unit.source(), "name", unit.name());
    Optional<UnitKind> kind = parseEnum(unit.source(), "kind", unit.kind(), UnitKind.class);
    Optional<ImportDocument.UnitRow> parent = reference(unit.source(), "parent", unit.parent());
    if (kind.isEmpty()) {
      return;
    }
    if (kind.get() == UnitKind.MUNICIPALITY) {
      if (!isBlank(unit.parent())) {
        problem(unit.source(), "parent", "the municipality is the root and has no parent");
      }
    } else if (isBlank(unit.parent())) {
      problem(unit.source(), "parent", "is required for a unit of kind " + kind.get());
    }
    if (kind.get() == UnitKind.UNIT) {
      parent
          .flatMap(p -> unitKind(p))
          .filter(pk -> !pk.isAdministrative())
          .ifPresent(
              pk ->
                  problem(
                      unit.source(),
                      "parent",
                      "a unit of kind UNIT must lie inside a DEPARTMENT or another UNIT, not "
                          + pk));
    }
    if (kind.get() == UnitKind.DEPARTMENT) {
      checkDepartment(unit);
    } else {
      if (!isBlank(unit.responsibleCommittee())) {
        problem(unit.source(), "responsibleCommittee", "only a department has one");
      }
      if (!isBlank(unit.head())) {
        problem(unit.source(), "head", "only a department has one");
      }
    }
    if (kind.get().isChairedBody()) {
      PositionKind chairKind =
          kind.get() == UnitKind.EXECUTIVE_BOARD ? PositionKind.KSO : PositionKind.COMMITTEE_CHAIR;
      boolean hasChair =
          document.positions().stream()
              .anyMatch(
                  p ->
                      unit.id() != null
                          && unit.id().trim().equals(trim(p.unit()))
                          && chairKind.name().equals(upper(p.kind())));
      if (!hasChair) {
        problem(
            unit.source(),
            "id",
            "the "
                + kind.get().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " '"
                + trim(unit.id())
                + "' has no chair (a position of kind "
                + chairKind
                + ")");
      }
    }
  }

  private void checkDepartment(ImportDocument.UnitRow unit) {
    if (isBlank(unit.responsibleCommittee())) {
      problem(unit.source(), "responsibleCommittee", "a department must answer to a committee");
    } else {
      reference(unit.source(), "responsibleCommittee", unit.responsibleCommittee())
          .flatMap(this::unitKind)
          .filter(k -> !k.isChairedBody())
          .ifPresent(
              k ->
                  problem(
                      unit.source(),
                      "responsibleCommittee",
                      "must be a committee, board or the executive board, not " + k));
    }
    if (isBlank(unit.head())) {
      problem(unit.source(), "head", "a department must have a head (a position)");
      return;
    }
    ImportDocument.PositionRow head = positionsById.get(unit.head().trim());
    if (head == null) {
      problem(unit.source(), "head", "refers to unknown position '" + unit.head().trim() + "'");
      return;
    }
    String headKind = upper(head.kind());
    if (!PositionKind.DEPARTMENT_HEAD.name().equals(headKind)
        && !PositionKind.MUNICIPAL_DIRECTOR.name().equals(headKind)) {
      problem(
          unit.source(),
          "head",
          "position '"
              + unit.head().trim()
              + "' is not of kind DEPARTMENT_HEAD or MUNICIPAL_DIRECTOR");
    }
    if (!trim(unit.id()).equals(trim(head.unit()))) {
      problem(
          unit.source(),
          "head",
          "position '" + unit.head().trim() + "' does not belong to this department");
    }
  }

  private void checkPosition(ImportDocument.PositionRow position) {
    RowSource source = position.source();
    requireText(source, "title", position.title());
    Optional<PositionKind> kind = parseEnum(source, "kind", position.kind(), PositionKind.class);
    if (isBlank(position.unit())) {
      problem(source, "unit", "is required");
    }
    Optional<UnitKind> unitKind =
        reference(source, "unit", position.unit()).flatMap(this::unitKind);
    Optional<ImportDocument.PositionRow> manager =
        referencePosition(source, "reportsTo", position.reportsTo());
    referencePerson(source, "holder", position.holder());
    tooLong(source, "party", position.party());
    if (kind.isPresent()) {
      checkPlacement(position, kind.get(), unitKind, manager);
    }
    checkActing(position);
  }

  private void checkPlacement(
      ImportDocument.PositionRow position,
      PositionKind kind,
      Optional<UnitKind> unitKind,
      Optional<ImportDocument.PositionRow> manager) {
    RowSource source = position.source();
    if (kind.isPolitical()) {
      unitKind
          .filter(k -> !k.isPoliticalBody())
          .ifPresent(
              k -> problem(source, "unit", "a political position must sit on a political body"));
      if (!isBlank(position.reportsTo())) {
        problem(source, "reportsTo", "a political position has no reporting line");
      }
      if (kind == PositionKind.KSO) {
        unitKind
            .filter(k -> k != UnitKind.EXECUTIVE_BOARD)
            .ifPresent(k -> problem(source, "unit", "the KSO sits on the executive board"));
      }
      return;
    }
    unitKind
        .filter(k -> !k.isAdministrative())
        .ifPresent(
            k -> problem(source, "unit", "an employee's position must be in a department or unit"));
    if (!isBlank(position.party())) {
      problem(source, "party", "only a political position has a party");
    }
    if (kind == PositionKind.MUNICIPAL_DIRECTOR) {
      if (!isBlank(position.reportsTo())) {
        problem(source, "reportsTo", "KD is the top of the administration and reports to no one");
      }
      return;
    }
    if (isBlank(position.reportsTo())) {
      problem(source, "reportsTo", "is required: everyone but KD reports to a manager");
      return;
    }
    manager
        .map(m -> upper(m.kind()))
        .filter(mk -> isEnum(mk, PositionKind.class) && !PositionKind.valueOf(mk).canLead())
        .ifPresent(
            mk ->
                problem(
                    source,
                    "reportsTo",
                    "position '"
                        + position.reportsTo().trim()
                        + "' is of kind "
                        + mk
                        + ", which leads no one"));
  }

  private void checkActing(ImportDocument.PositionRow position) {
    List<ActingAssignment> periods = new ArrayList<>();
    for (ImportDocument.ActingRow acting : position.acting()) {
      RowSource source = acting.source();
      if (isBlank(acting.person())) {
        problem(source, "person", "is required");
      } else {
        referencePerson(source, "person", acting.person());
      }
      Optional<LocalDate> from = parseDate(source, "from", acting.from(), true);
      Optional<LocalDate> to = parseDate(source, "to", acting.to(), false);
      if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
        problem(source, "to", "ends before it starts (" + from.get() + ")");
        continue;
      }
      if (from.isPresent() && !isBlank(acting.person())) {
        ActingAssignment period =
            new ActingAssignment(new PersonId(acting.person().trim()), from.get(), to);
        if (periods.stream().anyMatch(period::overlaps)) {
          problem(source, "from", "overlaps another acting assignment of the same position");
        }
        periods.add(period);
      }
    }
  }

  // ---- Whole-document checks ----

  private void checkSingleRoot() {
    long roots =
        document.units().stream()
            .filter(u -> UnitKind.MUNICIPALITY.name().equals(upper(u.kind())))
            .count();
    if (roots != 1) {
      RowSource where =
          document.units().isEmpty()
              ? new RowSource.Json("units", 0)
              : document.units().get(0).source();
      problem(
          where,
          "kind",
          "the organisation needs exactly one unit of kind MUNICIPALITY, found " + roots);
    }
  }

  private void checkUnitCycles() {
    for (ImportDocument.UnitRow unit : document.units()) {
      Set<String> seen = new HashSet<>();
      ImportDocument.UnitRow current = unit;
      while (current != null && !isBlank(current.parent())) {
        if (!seen.add(trim(current.id()))) {
          break;
        }
        current = unitsById.get(current.parent().trim());
        if (current != null && trim(current.id()).equals(trim(unit.id()))) {
          problem(
              unit.source(), "parent", "unit '" + trim(unit.id()) + "' lies inside itself (cycle)");
          break;
        }
      }
    }
  }

  private void checkReportingCycles() {
    for (ImportDocument.PositionRow position : document.positions()) {
      Set<String> seen = new LinkedHashSet<>();
      ImportDocument.PositionRow current = position;
      while (current != null && !isBlank(current.reportsTo())) {
        if (!seen.add(trim(current.id()))) {
          break;
        }
        current = positionsById.get(current.reportsTo().trim());
        if (current != null && trim(current.id()).equals(trim(position.id()))) {
          List<String> loop = new ArrayList<>(seen);
          problem(
              position.source(),
              "reportsTo",
              "reporting lines form a cycle through " + String.join(" → ", loop));
          break;
        }
      }
    }
  }

  private void checkExactlyOne(PositionKind kind, String description) {
    List<ImportDocument.PositionRow> found =
        document.positions().stream().filter(p -> kind.name().equals(upper(p.kind()))).toList();
    if (found.isEmpty()) {
      RowSource where =
          document.positions().isEmpty()
              ? new RowSource.Json("positions", 0)
              : document.positions().get(0).source();
      problem(where, "kind", "the organisation has no " + description);
    }
    found.stream()
        .skip(1)
        .forEach(
            p -> problem(p.source(), "kind", "the organisation can have only one " + description));
  }

  // ---- Conversion (only once valid) ----

  private Organisation toOrganisation() {
    List<Unit> units =
        document.units().stream()
            .map(
                u ->
                    new Unit(
                        new UnitId(u.id().trim()),
                        u.name().trim(),
                        UnitKind.valueOf(upper(u.kind())),
                        optional(u.parent()).map(UnitId::new),
                        optional(u.responsibleCommittee()).map(UnitId::new),
                        optional(u.head()).map(PositionId::new)))
            .toList();
    List<Person> people =
        document.people().stream()
            .map(
                p ->
                    new Person(
                        new PersonId(p.id().trim()),
                        p.name().trim(),
                        optional(p.email()),
                        optional(p.login())))
            .toList();
    List<Position> positions =
        document.positions().stream()
            .map(
                p ->
                    new Position(
                        new PositionId(p.id().trim()),
                        p.title().trim(),
                        PositionKind.valueOf(upper(p.kind())),
                        new UnitId(p.unit().trim()),
                        optional(p.reportsTo()).map(PositionId::new),
                        optional(p.holder()).map(PersonId::new),
                        optional(p.party()),
                        p.acting().stream()
                            .map(
                                a ->
                                    new ActingAssignment(
                                        new PersonId(a.person().trim()),
                                        LocalDate.parse(a.from().trim()),
                                        optional(a.to()).map(LocalDate::parse)))
                            .toList()))
            .toList();
    return new Organisation(units, positions, people);
  }

  // ---- Helpers ----

  private Optional<ImportDocument.UnitRow> reference(RowSource source, String field, String id) {
    if (isBlank(id)) {
      return Optional.empty();
    }
    ImportDocument.UnitRow target = unitsById.get(id.trim());
    if (target == null) {
      problem(source, field, "refers to unknown unit '" + id.trim() + "'");
    }
    return Optional.ofNullable(target);
  }

  private Optional<ImportDocument.PositionRow> referencePosition(
      RowSource source, String field, String id) {
    if (isBlank(id)) {
      return Optional.empty();
    }
    ImportDocument.PositionRow target = positionsById.get(id.trim());
    if (target == null) {
      problem(source, field, "refers to unknown position '" + id.trim() + "'");
    }
    return Optional.ofNullable(target);
  }

  private void referencePerson(RowSource source, String field, String id) {
    if (!isBlank(id) && !peopleById.containsKey(id.trim())) {
      problem(source, field, "refers to unknown person '" + id.trim() + "'");
    }
  }

  private Optional<UnitKind> unitKind(ImportDocument.UnitRow unit) {
    String kind = upper(unit.kind());
    return isEnum(kind, UnitKind.class) ? Optional.of(UnitKind.valueOf(kind)) : Optional.empty();
  }

  private <E extends Enum<E>> Optional<E> parseEnum(
      RowSource source, String field, String value, Class<E> type) {
    if (isBlank(value)) {
      problem(source, field, "is required");
      return Optional.empty();
    }
    if (!isEnum(upper(value), type)) {
      problem(
          source,
          field,
          "unknown value '"
              + value.trim()
              + "'; expected one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", ")));
      return Optional.empty();
    }
    return Optional.of(Enum.valueOf(type, upper(value)));
  }

  private static <E extends Enum<E>> boolean isEnum(String value, Class<E> type) {
    return value != null
        && Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
  }

  private Optional<LocalDate> parseDate(
      RowSource source, String field, String value, boolean required) {
    if (isBlank(value)) {
      if (required) {
        problem(source, field, "is required");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.trim()));
    } catch (DateTimeParseException e) {
      problem(source, field, "'" + value.trim() + "' is not a date (expected YYYY-MM-DD)");
      return Optional.empty();
    }
  }

  private void requireText(RowSource source, String field, String value) {
    if (isBlank(value)) {
      problem(source, field, "is required");
    } else {
      tooLong(source, field, value);
    }
  }

  private void tooLong(RowSource source, String field, String value) {
    if (value != null && value.trim().length() > MAX_TEXT_LENGTH) {
      problem(source, field, "is longer than " + MAX_TEXT_LENGTH + " characters");
    }
  }

  private void problem(RowSource source, String field, String reason) {
    problems.add(ImportProblem.at(source, field, reason));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static String trim(String value) {
    return value == null ? "" : value.trim();
  }

  private static String upper(String value) {
    return value == null ? null : value.trim().toUpperCase(Locale.ROOT);
  }

  private static Optional<String> optional(String value) {
    return isBlank(value) ? Optional.empty() : Optional.of(value.trim());
  }
}
