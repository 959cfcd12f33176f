package se.samspel.notification.domain;

import java.util.Objects;

/** One plain-text e-mail to one address. */
public record Mail(String to, String subject, String text) {
  public Mail {
    Objects.requireNonNull(to, "to is required");
    Objects.requireNonNull(subject, "subject is required");
    Objects.requireNonNull(text, "text is required");
  }
}
