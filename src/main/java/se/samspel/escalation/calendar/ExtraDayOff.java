package se.samspel.escalation.calendar;

/**
 * Days that are not public holidays under Swedish law (lag 1989:253 om allmänna helgdagar) but on
 * which municipalities, like most Swedish employers, keep their offices closed. Which of them count
 * is configuration.
 */
public enum ExtraDayOff {
  /** Midsommarafton: the Friday between 19 and 25 June. */
  MIDSUMMER_EVE("midsommarafton"),
  /** Julafton: 24 December. */
  CHRISTMAS_EVE("julafton"),
  /** Nyårsafton: 31 December. */
  NEW_YEARS_EVE("nyårsafton");

  private final String swedishName;

  ExtraDayOff(String swedishName) {
    this.swedishName = swedishName;
  }

  /** The day's Swedish name, e.g. {@code julafton}. */
  public String swedishName() {
    return swedishName;
  }
}
