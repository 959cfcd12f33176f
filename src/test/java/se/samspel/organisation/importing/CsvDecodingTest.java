package se.samspel.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.importing.CsvDecoding.Outcome;

class CsvDecodingTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String CSV =
      "unit_id;unit_name;person_id;person_name\n"
          + "U-1;Kommunen;P-1;Ada\n"
          + "U-1;Kommunen;P-2;\"Nils; \"\"N\"\" Åberg\"\n";

  @Test
  void undeclared_text_is_strict_utf_8_and_a_byte_order_mark_is_dropped() {
    byte[] text = CSV.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[text.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bom, 3, text.length);
    assertThat(CsvDecoding.decode(bom, Optional.empty()))
        .isEqualTo(new Outcome.Decoded(CSV, StandardCharsets.UTF_8));
  }

  @Test
  void windows_1252_bytes_read_as_utf_8_name_the_line_and_the_column_and_suggest_the_charset() {
    Outcome outcome = CsvDecoding.decode(CSV.getBytes(WINDOWS_1252), Optional.empty());
    assertThat(outcome).isInstanceOf(Outcome.Undecodable.class);
    Outcome.Undecodable bad = (Outcome.Undecodable) outcome;
    assertThat(bad.line()).isEqualTo(3);
    // The separator inside the quoted name does not move the column.
    assertThat(bad.column()).isEqualTo("person_name");
    assertThat(bad.reason()).contains("0xC5", "charset=windows-1252");
  }

  @Test
  void a_declared_charset_is_honoured_under_any_case_or_alias() {
    for (String name : java.util.List.of("windows-1252", "WINDOWS-1252", "cp1252")) {
      assertThat(CsvDecoding.decode(CSV.getBytes(WINDOWS_1252), Optional.of(name)))
          .isEqualTo(new Outcome.Decoded(CSV, WINDOWS_1252));
    }
    for (String name : java.util.List.of("iso-8859-1", "latin1", "ISO8859_1")) {
      assertThat(CsvDecoding.decode(CSV.getBytes(StandardCharsets.ISO_8859_1), Optional.of(name)))
          .isEqualTo(new Outcome.Decoded(CSV, StandardCharsets.ISO_8859_1));
    }
  }

  @Test
  void a_byte_windows_1252_leaves_unmapped_is_refused_in_the_header() {
    byte[] bytes = "unit_id;unit\u0081name\n".getBytes(StandardCharsets.ISO_8859_1);
    Outcome outcome = CsvDecoding.decode(bytes, Optional.of("windows-1252"));
    assertThat(outcome)
        .isEqualTo(new Outcome.Undecodable(1, "header", ((Outcome.Undecodable) outcome).reason()));
    assertThat(((Outcome.Undecodable) outcome).reason()).contains("0x81", "windows-1252");
  }

  @Test
  void a_replacement_character_is_refused_where_it_stands() {
    byte[] bytes = "unit_id;unit_name\nU-1;\uFFFDrebro\n".getBytes(StandardCharsets.UTF_8);
    assertThat(CsvDecoding.decode(bytes, Optional.empty()))
        .isInstanceOfSatisfying(
            Outcome.Undecodable.class,
            bad -> {
              assertThat(bad.line()).isEqualTo(2);
              assertThat(bad.column()).isEqualTo("unit_name");
              assertThat(bad.reason()).contains("U+FFFD");
            });
  }

  @Test
  void other_charsets_are_not_read() {
    assertThat(CsvDecoding.decode(new byte[] {65}, Optional.of("utf-16")))
        .isEqualTo(new Outcome.UnsupportedCharset("utf-16"));
    assertThat(CsvDecoding.decode(new byte[] {65}, Optional.of("no-such-charset")))
        .isEqualTo(new Outcome.UnsupportedCharset("no-such-charset"));
  }
}
