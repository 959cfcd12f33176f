package se.samspel.common.http;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import se.samspel.common.NulCharacter;
import se.samspel.common.SamspelException;

/**
 * Refuses a form post (the pages' {@code application/x-www-form-urlencoded} and the text fields of
 * {@code multipart/form-data}) any of whose fields holds a NUL character (U+0000): 400 {@code
 * invalid-input} naming the field, which a page shows as its error page. The same rule as {@link
 * se.samspel.common.StrictJson} for JSON and {@link RequestWellFormed} for paths and queries: no
 * text in Samspel carries NUL, and PostgreSQL could not store it. Uploaded files are read by their
 * own formats (the CSV import refuses NUL naming the line).
 */
public class FormTextWithoutNul {

  /** Runs after the form is read ({@code readBody}), before the page's method sees its fields. */
  @ServerRequestFilter(readBody = true)
  public void refuseNul() {
    ResteasyReactiveRequestContext request = CurrentRequestManager.get();
    FormData form = request == null ? null : request.getFormData();
    if (form == null) {
      return;
    }
    for (String name : form) {
      if (NulCharacter.in(name)) {
        throw SamspelException.invalid("form", "a field name contains a NUL character");
      }
      for (FormValue value : form.get(name)) {
        if (!value.isFileItem() && value.getValue() != null && NulCharacter.in(value.getValue())) {
          throw SamspelException.invalid(name, NulCharacter.REASON);
        }
      }
    }
  }
}
