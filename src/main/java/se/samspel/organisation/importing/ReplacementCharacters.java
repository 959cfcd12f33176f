package se.samspel.organisation.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds U+FFFD REPLACEMENT CHARACTER in an import's values. It only ever stands for text that was
 * lost when the file was written or decoded wrongly (an Excel export read as UTF-8), and storing it
 * would overwrite correct names with "�" (issue 15): such a value is refused, never stored.
 */
public final class ReplacementCharacters {

  static final String REASON =
      "contains U+FFFD (the replacement character), which stands for text already lost; export"
          + " the file again in the right encoding";

  private ReplacementCharacters() {}

  /** A problem for each value that contains U+FFFD, in the document's order. */
  public static List<ImportProblem> in(ImportDocument document) {
    List<ImportProblem> problems = new ArrayList<>();
    for (ImportDocument.UnitRow u : document.units()) {
      check(
          problems,
          u.source(),
          values(
              "id",
              u.id(),
              "name",
              u.name(),
              "kind",
              u.kind(),
              "parent",
              u.parent(),
              "responsibleCommittee",
              u.responsibleCommittee(),
              "head",
              u.head()));
    }
    for (ImportDocument.PositionRow p : document.positions()) {
      check(
          problems,
          p.source(),
          values(
              "id",
              p.id(),
              "title",
              p.title(),
              "kind",
              p.kind(),
              "unit",
              p.unit(),
              "reportsTo",
              p.reportsTo(),
              "holder",
              p.holder(),
              "party",
              p.party()));
      for (ImportDocument.ActingRow a : p.acting()) {
        check(
            problems,
            a.source(),
            values(
                "person",
                a.person(),
                "from",
                a.from(),
                "to",
                a.to(),
                "",
                null,
                "",
                null,
                "",
                null));
      }
    }
    for (ImportDocument.PersonRow p : document.people()) {
      check(
          problems,
          p.source(),
          values(
              "id", p.id(), "name", p.name(), "email", p.email(), "login", p.login(), "", null, "",
              null));
    }
    return problems;
  }

  private static Map<String, String> values(String... pairs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        values.put(pairs[i], pairs[i + 1]);
      }
    }
    return values;
  }

  private static void check(
      List<ImportProblem> problems, RowSource source, Map<String, String> values) {
    values.forEach(
        (field, value) -> {
          if (value.indexOf('\uFFFD') >= 0) {
            problems.add(ImportProblem.at(source, field, REASON));
          }
        });
  }
}
