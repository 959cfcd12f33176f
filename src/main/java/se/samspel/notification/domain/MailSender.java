package se.samspel.notification.domain;

/** Sends e-mail; throws when the mail server does not accept the mail. */
public interface MailSender {
  void send(Mail mail);
}
