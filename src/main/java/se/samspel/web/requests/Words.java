package se.samspel.web.requests;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import se.samspel.web.PageContext;

/** This package's words in the reader's language, for messages made in Java (form errors). */
final class Words {

  private Words() {}

  static RequestTexts of(PageContext page) {
    return "en".equals(page.lang())
        ? MessageBundles.get(RequestTexts.class, Localized.Literal.of("en"))
        : MessageBundles.get(RequestTexts.class);
  }
}
