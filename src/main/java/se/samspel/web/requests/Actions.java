package se.samspel.web.requests;

import java.util.Optional;
import se.samspel.request.application.ActOnRequest;

/** What the action forms share. */
final class Actions {

  private Actions() {}

  /**
   * The version of the request the reader saw when they chose (a hidden field): the use case
   * refuses with 409 if someone else changed it since.
   */
  static ActOnRequest.Expected expected(String version) {
    if (version == null || version.isBlank()) {
      return ActOnRequest.Expected.any();
    }
    try {
      return new ActOnRequest.Expected(Optional.of(Long.parseLong(version.strip())));
    } catch (NumberFormatException e) {
      return ActOnRequest.Expected.any();
    }
  }
}
