package se.samspel.architecture.violations.web;

import se.samspel.architecture.violations.web.api.RestView;

/** A page that renders a REST payload instead of an application read model. */
public class PageShowingARestView {
  public String title(RestView view) {
    return view.title();
  }
}
