package se.samspel.request.domain;

import java.util.Objects;
import java.util.UUID;

/** The identifier of a contact request. */
public record RequestId(String value) {
  public RequestId {
    Objects.requireNonNull(value, "request id is required");
  }

  /** A request id as a caller wrote it; anything not shaped like one names no request. */
  public static java.util.Optional<RequestId> parse(String text) {
    return text != null && text.matches("[0-9a-fA-F-]{36}")
        ? java.util.Optional.of(new RequestId(text))
        : java.util.Optional.empty();
  }

  public static RequestId random() {
    return new RequestId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
