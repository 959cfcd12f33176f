package se.samspel.web;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The readable names of Samspel's domain values (enum constants such as {@code
 * RequestStatus.APPROVED}) in Swedish and English, from {@code terms/terms*.properties}. Templates
 * write {@code {page.term('RequestStatus', request.status)}}.
 */
public final class Terms {

  /** Every enum whose values pages show; TermsTest checks each constant has both languages. */
  public static final List<Class<? extends Enum<?>>> SHOWN =
      List.of(
          se.samspel.policy.domain.HopTemplate.class,
          se.samspel.policy.domain.HopAction.class,
          se.samspel.policy.domain.Outcome.class,
          se.samspel.policy.domain.Severity.class,
          se.samspel.policy.domain.ContactKind.class,
          se.samspel.request.domain.RequestStatus.class,
          se.samspel.policy.domain.PartyType.class,
          se.samspel.organisation.domain.PositionKind.class,
          se.samspel.policy.domain.Relation.class,
          se.samspel.policy.domain.ContactContext.class,
          se.samspel.policy.domain.QuestionType.class,
          se.samspel.policy.domain.ContactFlag.class,
          se.samspel.deviation.domain.DeviationKind.class,
          se.samspel.deviation.domain.ChainReport.Reason.class,
          se.samspel.request.domain.HopState.class,
          se.samspel.audit.domain.AdministrativeAction.Kind.class);

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Terms() {}

  /** The name of {@code value} of the enum {@code type} (simple name) in {@code lang}. */
  public static String of(String type, String value, String lang) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    try {
      return bundle(lang).getString(type + "." + value);
    } catch (MissingResourceException e) {
      // A value without a name yet: show it readable rather than fail the page.
      return value.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
  }

  private static ResourceBundle bundle(String lang) {
    Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle(
        "terms.terms", locale, Terms.class.getClassLoader(), NO_FALLBACK);
  }
}
