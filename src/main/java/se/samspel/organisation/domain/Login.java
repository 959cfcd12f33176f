package se.samspel.organisation.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * How Samspel compares logins, the identity provider's subject that names a person. Identity
 * providers differ in the case and Unicode form they send: Keycloak lower-cases usernames, UPNs and
 * e-mail addresses come in whatever case the directory holds, and a name with "ö" may arrive
 * composed (U+00F6) or decomposed ("o" followed by U+0308). Logins are therefore compared by their
 * {@linkplain #normalise normal form}, and two people whose logins share a normal form cannot be
 * told apart at sign-in.
 *
 * <p>Decided in issue 14 ("Logins as identity providers send them"): Unicode NFC, then lower case
 * with {@link Locale#ROOT}; the same function at import, at lookup and in the uniqueness check.
 * Logins are still stored as given; only the comparison uses the normal form.
 */
public final class Login {

  private Login() {}

  /**
   * The normal form of a login: surrounding whitespace stripped ({@link String#strip()}), then
   * Unicode normalisation form C ({@link Normalizer.Form#NFC}, so a decomposed "o\u0308" becomes
   * "ö"), then {@link String#toLowerCase(Locale)} with {@link Locale#ROOT}, so that the result does
   * not depend on the server's default locale (under a Turkish locale "I" still becomes "i", not
   * the dotless "ı").
   *
   * <p>Examples: {@code " KD "} → {@code "kd"}; {@code "Agneta.Stromvall@Ekelunda.example"} →
   * {@code "agneta.stromvall@ekelunda.example"}; {@code "ÖSTLUND"} and {@code "O\u0308stlund"} →
   * {@code "östlund"}.
   *
   * @param login a login as an import or an identity provider gives it
   * @return the normal form; empty when the login is blank
   * @throws NullPointerException when {@code login} is null
   */
  public static String normalise(String login) {
    Objects.requireNonNull(login, "login is required");
    return Normalizer.normalize(login.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /** Whether two logins name the same person once normalised; false when either is null. */
  public static boolean same(String a, String b) {
    return a != null && b != null && normalise(a).equals(normalise(b));
  }
}
