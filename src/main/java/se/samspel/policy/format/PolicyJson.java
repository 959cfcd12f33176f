package se.samspel.policy.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import se.samspel.common.StrictJson;

/** Reads and writes policy documents as JSON, and fingerprints their content. */
public final class PolicyJson {

  private static final ObjectMapper MAPPER =
      StrictJson.configure(new ObjectMapper())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
          .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private PolicyJson() {}

  /**
   * Reads a policy document shipped on the class path and validates it; a missing or invalid one is
   * a defect of the build, so it fails loudly.
   */
  public static PolicyDocument readResource(String resource) {
    try (java.io.InputStream in = PolicyJson.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("policy resource " + resource + " is missing");
      }
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("policy resource " + resource + " is not valid JSON", e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A shipped policy resource, validated, as version 1. */
  public static se.samspel.policy.domain.Policy readValidResource(String resource) {
    PolicyValidator.Result result = PolicyValidator.validate(readResource(resource));
    if (result instanceof PolicyValidator.Result.Valid valid) {
      return valid.policy().withVersion(1);
    }
    throw new IllegalStateException("policy resource " + resource + " is invalid: " + result);
  }

  public static PolicyDocument read(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, PolicyDocument.class);
  }

  /** The canonical text of a document: the same document always gives the same text. */
  public static String write(PolicyDocument document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a policy document could not be written as JSON", e);
    }
  }

  /** The SHA-256 of a document's canonical text, in hex. */
  public static String hash(String canonical) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
