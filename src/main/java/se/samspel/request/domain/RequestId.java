package se.samspel.request.domain;

import java.util.Objects;
import java.util.UUID;

/** The identifier of a contact request. */
public record RequestId(String value) {
  public RequestId {
    Objects.requireNonNull(value, "request id is required");
  }

  public static RequestId random() {
    return new RequestId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
