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
 *       first bad byte; the same for a decoded U+FFFD REPLACEMENT CHARACTER, which only ever stands
 *       for text already lost.
 * </ul>
 *
 * Pure Java: no HTTP, so the API and the page decode by the same rules.
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
     * A byte (or a U+FFFD) that cannot be text in the charset.
     *
     * @param line the 1-based line of the file the bad byte is on
     * @param column the header's name of the column it is in ({@code header} on the first line, or
     *     {@code column N} past the header's last column)
     * @param reason what is wrong and what to do, in words an HR or IT person can act on
     */
    record Undecodable(int line, String column, String reason) implements Outcome {}
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
      return undecodable(text, reason);
    }
    int replacement = text.indexOf(REPLACEMENT);
    if (replacement >= 0) {
      return undecodable(
          text.substring(0, replacement),
          "contains U+FFFD (the replacement character), which stands for text already lost when"
              + " the file was written; export the file again from the source");
    }
    return new Outcome.Decoded(text, charset.get());
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
  private static Outcome.Undecodable undecodable(String before, String reason) {
    String text = before.startsWith("\uFEFF") ? before.substring(1) : before;
    int headerEnd = text.indexOf('\n');
    if (headerEnd < 0) {
      return new Outcome.Undecodable(1, "header", reason);
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
    return new Outcome.Undecodable(line, name, reason);
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
