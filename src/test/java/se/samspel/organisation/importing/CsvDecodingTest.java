package se.samspel.organisation.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.samspel.organisation.importing.CsvDecoding.Fault;
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
        .isEqualTo(
            new Outcome.Undecodable(
                1, "header", Fault.INVALID_BYTES, ((Outcome.Undecodable) outcome).reason()));
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
              assertThat(bad.fault()).isEqualTo(Fault.REPLACEMENT_CHARACTER);
              assertThat(bad.reason()).contains("U+FFFD", "earlier conversion");
            });
  }

  @Test
  void utf_8_declared_as_a_single_byte_charset_is_refused_where_its_first_sequence_stands() {
    String csv = "unit_id;unit_name;person_id;person_name\nU-1;Kommunen;P-1;Ada Strömvall\n";
    for (String declared : java.util.List.of("windows-1252", "iso-8859-1")) {
      assertThat(CsvDecoding.decode(csv.getBytes(StandardCharsets.UTF_8), Optional.of(declared)))
          .isInstanceOfSatisfying(
              Outcome.Undecodable.class,
              bad -> {
                assertThat(bad.fault()).isEqualTo(Fault.LOOKS_LIKE_UTF_8);
                assertThat(bad.line()).isEqualTo(2);
                assertThat(bad.column()).isEqualTo("person_name");
                assertThat(bad.reason()).contains("0xC3 0xB6", "'ö'", "looks like UTF-8");
              });
    }
  }

  @Test
  void a_utf_8_byte_order_mark_under_a_single_byte_charset_is_refused_in_the_header() {
    byte[] text = "unit_id;position_id;person_id\n".getBytes(StandardCharsets.US_ASCII);
    byte[] bom = new byte[text.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bom, 3, text.length);
    assertThat(CsvDecoding.decode(bom, Optional.of("windows-1252")))
        .isInstanceOfSatisfying(
            Outcome.Undecodable.class,
            bad -> {
              assertThat(bad.fault()).isEqualTo(Fault.LOOKS_LIKE_UTF_8);
              assertThat(bad.line()).isEqualTo(1);
              assertThat(bad.column()).isEqualTo("header");
              assertThat(bad.reason()).contains("byte-order mark", "charset=utf-8");
            });
  }

  @Test
  void ascii_only_text_declared_windows_1252_is_read_as_declared() {
    String csv = "unit_id;position_id;person_id\nU-1;POS-1;P-1\n";
    assertThat(CsvDecoding.decode(csv.getBytes(StandardCharsets.US_ASCII), Optional.of("cp1252")))
        .isEqualTo(new Outcome.Decoded(csv, WINDOWS_1252));
  }

  @Test
  void excel_quotes_declared_iso_8859_1_are_c1_controls_and_refused_suggesting_windows_1252() {
    byte[] bytes =
        "unit_id;unit_name\nU-1;Barnens \u0092hus\u0092\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(CsvDecoding.decode(bytes, Optional.of("iso-8859-1")))
        .isInstanceOfSatisfying(
            Outcome.Undecodable.class,
            bad -> {
              assertThat(bad.fault()).isEqualTo(Fault.CONTROL_CHARACTER);
              assertThat(bad.line()).isEqualTo(2);
              assertThat(bad.column()).isEqualTo("unit_name");
              assertThat(bad.reason()).contains("U+0092", "probably Windows-1252");
            });
    // The same bytes are Windows-1252's right single quotation mark when declared so.
    assertThat(CsvDecoding.decode(bytes, Optional.of("windows-1252")))
        .isInstanceOf(Outcome.Decoded.class);
  }

  @Test
  void c0_controls_other_than_tab_cr_and_lf_are_refused_in_any_charset() {
    String csv = "unit_id;unit_name\r\nU-1;A\tB\r\nU-2;C\u0007D\n";
    assertThat(CsvDecoding.decode(csv.getBytes(StandardCharsets.UTF_8), Optional.empty()))
        .isInstanceOfSatisfying(
            Outcome.Undecodable.class,
            bad -> {
              assertThat(bad.fault()).isEqualTo(Fault.CONTROL_CHARACTER);
              assertThat(bad.line()).isEqualTo(3);
              assertThat(bad.column()).isEqualTo("unit_name");
              assertThat(bad.reason()).contains("U+0007").doesNotContain("Windows-1252");
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
