package se.samspel.web;

/** The languages of the pages: Swedish first, English available. */
final class Languages {

  private Languages() {}

  static boolean supported(String lang) {
    return "sv".equals(lang) || "en".equals(lang);
  }
}
