package se.samspel.architecture.violations.elsewhere;

import se.samspel.web.PageContext;

/** A class outside the pages that reaches into them: what the architecture forbids. */
public class ServiceReadingThePageContext {
  public String language(PageContext page) {
    return page.lang();
  }
}
