package se.samspel.notification.infrastructure;

import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import se.samspel.notification.domain.Mail;
import se.samspel.notification.domain.MailSender;

/**
 * Sends through Quarkus Mailer (SMTP from quarkus.mailer.*). With quarkus.mailer.mock=true, the
 * embedded default and the tests, every mail is logged and kept in the mock mailbox instead.
 */
@ApplicationScoped
public class QuarkusMailSender implements MailSender {

  private final Mailer mailer;

  public QuarkusMailSender(Mailer mailer) {
    this.mailer = mailer;
  }

  @Override
  public void send(Mail mail) {
    mailer.send(io.quarkus.mailer.Mail.withText(mail.to(), mail.subject(), mail.text()));
  }
}
