package se.samspel.organisation.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns the bytes of an uploaded CSV file into text, strictly: a byte that is not valid in the
 * file's character encoding is refused, never replaced, so that an Excel export read in the wrong
 * encoding cannot overwrite "Åsa Öberg" with "�sa �berg" (issue 15, "Encoding").
 *
 * <p>The rules, shared by {@code POST /api/organisation/import} and the Administration page:
 *
 * <ul>
 *   <li>no charset named → UTF-8 (RFC 3629), strict; a leading byte-order mark (EF BB BF) is
 *       dropped;
 *   <li>{@code windows-1252} or {@code iso-8859-1}, in any case and under any alias Java knows
 *       ({@code cp1252}, {@code latin1} …) → decoded as named; {@code utf-8} may be named too;
 *   <li>any other charset → {@link Outcome.UnsupportedCharset} (the API answers 415);
 *   <li>bytes that are malformed or unmappable in the charset ({@link CodingErrorAction#REPORT}) →
 *       {@link Outcome.Undecodable} naming the line and the column (by the header's name) of the
 *       first bad byte ({@link Fault#INVALID_BYTES});
 *   <li>a decoded U+FFFD REPLACEMENT CHARACTER, which only ever stands for text already lost by an
 *       earlier failed conversion ({@link Fault#REPLACEMENT_CHARACTER});
 *   <li>a decoded C0 or C1 control character other than tab, CR and LF ({@link
 *       Fault#CONTROL_CHARACTER}): invisible in every program that shows the names, and in an
 *       ISO-8859-1 file the sign of a Windows-1252 (Excel) file mislabelled, whose {@code ’} (0x92)
 *       ISO-8859-1 reads as U+0092;
 *   <li>a body declared Windows-1252 or ISO-8859-1 that starts with the UTF-8 byte-order mark, or
 *       that is entirely valid UTF-8 (RFC 3629) with at least one multi-byte sequence ({@link
 *       Fault#LOOKS_LIKE_UTF_8}): UTF-8 mislabelled, which decoded as declared would store
 *       "StrÃ¶mvall" for "Strömvall". Swedish text in Windows-1252 is practically never valid UTF-8
 *       (å, ä, ö are lead bytes that an ASCII letter cannot continue).
 * </ul>
 *
 * A refusal names only the first fault: the look of UTF-8 is checked before anything else, so that
 * a mislabelled file is told that, and not what decoding it wrongly would produce.
 *
 * <p>Pure Java: no HTTP, so the API and the page decode by the same rules.
 */
public final class CsvDecoding {

  /** The encodings an import reads, by their canonical Java names. */
  public static final List<Charset> SUPPORTED =
      List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1);

  private static final char REPLACEMENT = '\uFFFD';

  private CsvDecoding() {}

  /** What became of the bytes. */
  public sealed interface Outcome {

    /** The text, without a byte-order mark, and the charset it was read in. */
    record Decoded(String text, Charset charset) implements Outcome {}

    /** The charset named is not one an import reads. */
    record UnsupportedCharset(String named) implements Outcome {}

    /**
     * Bytes or characters that cannot be imported as text.
     *
     * @param line the 1-based line of the file the first fault is on
     * @param column the header's name of the column it is in ({@code header} on the first line, or
     *     {@code column N} past the header's last column)
     * @param fault which rule refused it
     * @param reason what is wrong and what to do, in words an HR or IT person can act on
     */
    record Undecodable(int line, String column, Fault fault, String reason) implements Outcome {}
  }

  /** Why a file was refused; callers word their summary by it. */
  public enum Fault {
    /** A byte sequence malformed or unmappable in the charset. */
    INVALID_BYTES,
    /** Declared Windows-1252 or ISO-8859-1, but the bytes are UTF-8. */
    LOOKS_LIKE_UTF_8,
    /** A U+FFFD in otherwise valid text: an earlier conversion failed. */
    REPLACEMENT_CHARACTER,
    /** A C0 or C1 control character other than tab, CR and LF. */
    CONTROL_CHARACTER
  }

  /**
   * The charset an import reads for a declared name, if it reads it.
   *
   * @param named a charset name as given in {@code Content-Type: text/csv; charset=…} or chosen on
   *     the page; case and Java's aliases do not matter
   */
  public static Optional<Charset> supported(String named) {
    if (named == null || named.isBlank()) {
      return Optional.of(StandardCharsets.UTF_8);
    }
    try {
      Charset charset = Charset.forName(named.strip().toLowerCase(Locale.ROOT));
      return SUPPORTED.contains(charset) ? Optional.of(charset) : Optional.empty();
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  /**
   * Decodes an uploaded CSV file.
   *
   * @param bytes the file as uploaded
   * @param declared the charset named by the uploader, empty when none was named (then strict
   *     UTF-8, and a refusal suggests naming the charset)
   */
  public static Outcome decode(byte[] bytes, Optional<String> declared) {
    Objects.requireNonNull(bytes, "bytes are required");
    Objects.requireNonNull(declared, "declared is required (may be empty)");
    Optional<Charset> charset = supported(declared.orElse(null));
    if (charset.isEmpty()) {
      return new Outcome.UnsupportedCharset(declared.orElse(""));
    }
    if (!charset.get().equals(StandardCharsets.UTF_8)) {
      Optional<Outcome.Undecodable> utf8 = looksLikeUtf8(bytes, charset.get());
      if (utf8.isPresent()) {
        return utf8.get();
      }
    }
    int start = charset.get().equals(StandardCharsets.UTF_8) && hasUtf8Bom(bytes) ? 3 : 0;
    CharsetDecoder decoder =
        charset
            .get()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out =
        CharBuffer.allocate(
            bytes.length + 16); // none of these charsets makes more chars than bytes
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    out.flip();
    String text = out.toString();
    if (result.isError()) {
      String value = hex(bytes, in.position(), result.length());
      String reason =
          "the byte"
              + (result.length() > 1 ? "s " : " ")
              + value
              + " cannot be "
              + charset.get().name()
              + suggestion(charset.get(), declared.isPresent());
      return undecodable(text, Fault.INVALID_BYTES, reason);
    }
    int replacement = text.indexOf(REPLACEMENT);
    if (replacement >= 0) {
      return undecodable(
          text.substring(0, replacement),
          Fault.REPLACEMENT_CHARACTER,
          "contains U+FFFD (the replacement character), the sign of an earlier conversion that"
              + " failed: the text it stands for was already lost when the file was written;"
              + " export the file again from the source");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isForbiddenControl(c)) {
        return undecodable(
            text.substring(0, i), Fault.CONTROL_CHARACTER, controlReason(c, charset.get()));
      }
    }
    return new Outcome.Decoded(text, charset.get());
  }

  /** C0 (U+0000–U+001F) but tab, LF and CR; and C1 (U+0080–U+009F). */
  private static boolean isForbiddenControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x80 && c <= 0x9F);
  }

  private static String controlReason(char c, Charset charset) {
    String reason =
        String.format("contains the control character U+%04X, which is invisible text", (int) c);
    if (c >= 0x80 && charset.equals(StandardCharsets.ISO_8859_1)) {
      return reason
          + String.format(
              "; the byte 0x%02X is a printable character in Windows-1252, so the file is"
                  + " probably Windows-1252 (Excel's \"CSV\"): send it with"
                  + " \"Content-Type: text/csv; charset=windows-1252\" or choose Windows-1252 on"
                  + " the Administration page",
              (int) c);
    }
    return reason + "; remove it from the source and export the file again";
  }

  /**
   * The refusal for a body declared in a single-byte charset whose bytes are UTF-8: a leading
   * byte-order mark, or valid UTF-8 throughout with at least one multi-byte sequence. Names the
   * line and column of the first such sequence.
   */
  private static Optional<Outcome.Undecodable> looksLikeUtf8(byte[] bytes, Charset declared) {
    int first = -1;
    if (hasUtf8Bom(bytes)) {
      first = 0;
    } else {
      for (int i = 0; i < bytes.length && first < 0; i++) {
        if ((bytes[i] & 0x80) != 0) {
          first = i;
        }
      }
      if (first < 0 || !isValidUtf8(bytes)) {
        return Optional.empty();
      }
    }
    int length = first == 0 && hasUtf8Bom(bytes) ? 3 : utf8SequenceLength(bytes[first]);
    String reason =
        "the bytes "
            + hex(bytes, first, length)
            + (first == 0 && hasUtf8Bom(bytes)
                ? " are the UTF-8 byte-order mark"
                : " are a UTF-8 sequence ('"
                    + new String(bytes, first, length, StandardCharsets.UTF_8)
                    + "')")
            + ": the file looks like UTF-8, not "
            + declared.name()
            + ", and read as declared its letters would be stored garbled; send it without a"
            + " charset or with charset=utf-8, or choose UTF-8 on the Administration page";
    return Optional.of(
        undecodable(
            new String(bytes, 0, first, StandardCharsets.UTF_8), Fault.LOOKS_LIKE_UTF_8, reason));
  }

  private static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /** The length of the UTF-8 sequence a valid lead byte starts (RFC 3629 §3). */
  private static int utf8SequenceLength(byte lead) {
    int b = lead & 0xFF;
    return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  }

  private static String suggestion(Charset charset, boolean declared) {
    if (declared) {
      return "; is the file really in " + charset.name() + "?";
    }
    return " (the file was read as UTF-8 because no charset was named); a CSV saved by Excel is"
        + " usually Windows-1252: send it with \"Content-Type: text/csv; charset=windows-1252\""
        + " or choose Windows-1252 on the Administration page";
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  private static String hex(byte[] bytes, int from, int length) {
    StringBuilder hex = new StringBuilder();
    for (int i = from; i < Math.min(bytes.length, from + Math.max(1, length)); i++) {
      hex.append(hex.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
    }
    return hex.toString();
  }

  /**
   * Where the text that decoded before the bad byte ends: its line, and the column of the CSV
   * record it is in, named by the header (quotes and the separator read as {@link
   * CsvOrganisationFormat} reads them).
   */
  private static Outcome.Undecodable undecodable(String before, Fault fault, String reason) {
    String text = before.startsWith("\uFEFF") ? before.substring(1) : before;
    int headerEnd = text.indexOf('\n');
    if (headerEnd < 0) {
      return new Outcome.Undecodable(1, "header", fault, reason);
    }
    String headerLine = text.substring(0, headerEnd);
    char separator = headerLine.indexOf(';') >= 0 ? ';' : ',';
    List<String> header = fields(headerLine, separator);
    int line = 1;
    int column = 0;
    boolean quoted = false;
    int fieldLength = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      }
      if (quoted) {
        if (c == '"') {
          quoted = false; // a doubled quote reopens at once below
        }
        fieldLength++;
      } else if (c == '"') {
        quoted = fieldLength == 0 || text.charAt(i - 1) == '"';
        fieldLength++;
      } else if (c == separator) {
        column++;
        fieldLength = 0;
      } else if (c == '\n') {
        column = 0;
        fieldLength = 0;
      } else if (c != '\r') {
        fieldLength++;
      }
    }
    String name = column < header.size() ? header.get(column) : "column " + (column + 1);
    return new Outcome.Undecodable(line, name, fault, reason);
  }

  private static List<String> fields(String line, char separator) {
    List<String> names = new ArrayList<>();
    for (String raw :
        line.replace("\r", "")
            .split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1)) {
      String name = raw.strip();
      if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
        name = name.substring(1, name.length() - 1);
      }
      names.add(name.toLowerCase(Locale.ROOT));
    }
    return names;
  }
}
