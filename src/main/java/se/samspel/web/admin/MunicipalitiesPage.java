package se.samspel.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import se.samspel.common.FieldProblem;
import se.samspel.common.SamspelException;
import se.samspel.municipality.application.AddMunicipality;
import se.samspel.municipality.application.Municipalities;
import se.samspel.municipality.domain.Guidelines;
import se.samspel.municipality.domain.Municipality;
import se.samspel.municipality.domain.MunicipalityId;
import se.samspel.organisation.domain.Roles;
import se.samspel.web.FormErrors;
import se.samspel.web.PageContext;

/**
 * "Kommuner" (issue 16): the administrator of the deployment (the identity provider's administrator
 * group itself) sees the municipalities the deployment serves and adds one, naming its SCB code,
 * its name and the guideline shipped with Samspel it follows: the {@link AddMunicipality} use case
 * of {@code POST /api/municipalities}. A wrong field is shown next to it (422); a code the
 * deployment serves already is said at the top of the form (409). After adding, the page lists the
 * new municipality with its address, where its administrators import its organisation next.
 *
 * <p>Who may use it is checked in the methods (as on the administration page): a municipality's own
 * administrators ({@code samspel-admin-<code>}) and everybody else are refused.
 */
@Path("/kommuner")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MunicipalitiesPage {

  /**
   * The form as sent, kept to be shown again.
   *
   * @param id the four-digit SCB code as typed
   * @param policyKey the chosen guideline's key
   */
  public record Form(String id, String name, String policyKey) {
    static Form empty() {
      return new Form("", "", "");
    }
  }

  /** A municipality as the page lists it: its code, name, guideline key and pages' address. */
  public record Row(String id, String name, String policyKey, String pages) {
    static Row of(Municipality m) {
      return new Row(m.id().value(), m.name(), m.policyKey(), "/" + m.id().value() + "/");
    }
  }

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance municipalities(
        PageContext page,
        List<Row> municipalities,
        List<Guidelines.Offered> guidelines,
        Form form,
        FormErrors errors,
        boolean exists,
        Row added);
  }

  private final PageContext page;
  private final Municipalities municipalities;
  private final AddMunicipality add;
  private final SecurityIdentity identity;

  public MunicipalitiesPage(
      PageContext page,
      Municipalities municipalities,
      AddMunicipality add,
      SecurityIdentity identity) {
    this.page = page;
    this.municipalities = municipalities;
    this.add = add;
    this.identity = identity;
  }

  /** The municipalities and the form; {@code tillagd} names one just added. */
  @GET
  @Operation(hidden = true)
  public TemplateInstance show(@QueryParam("tillagd") String added) {
    requireDeploymentAdministrator();
    Row just = MunicipalityId.parse(added).flatMap(municipalities::find).map(Row::of).orElse(null);
    return render(Form.empty(), FormErrors.none(), false, just);
  }

  /**
   * Adds a municipality, then shows the list with it (303, Post/Redirect/Get).
   *
   * @return 303 to {@code /kommuner?tillagd={id}}; 422 with the form and each field's error; 409
   *     with the form when the deployment serves that code already
   */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response add(
      @RestForm("_csrf") String csrf,
      @RestForm("id") String id,
      @RestForm("name") String name,
      @RestForm("policyKey") String policyKey) {
    page.verifyCsrf(csrf);
    requireDeploymentAdministrator();
    Form form = new Form(kept(id), kept(name), kept(policyKey));
    try {
      Municipality added =
          add.add(
              id == null ? null : id.strip(), name, policyKey, identity.getPrincipal().getName());
      return Response.seeOther(page.uri("/kommuner?tillagd=" + added.id().value())).build();
    } catch (SamspelException e) {
      if (e.kind() == SamspelException.Kind.CONFLICT) {
        return answer(Response.Status.CONFLICT.getStatusCode(), form, FormErrors.none(), true);
      }
      if (e.kind() != SamspelException.Kind.INVALID_INPUT) {
        throw e;
      }
      return answer(FormErrors.STATUS, form, errorsOf(e.problems()), false);
    }
  }

  private FormErrors errorsOf(List<FieldProblem> problems) {
    AdminTexts texts =
        "en".equals(page.lang())
            ? MessageBundles.get(AdminTexts.class, Localized.Literal.of("en"))
            : MessageBundles.get(AdminTexts.class);
    FormErrors errors = FormErrors.none();
    for (FieldProblem problem : problems) {
      switch (problem.field()) {
        case "id" -> errors.add("id", texts.municipality_id_error());
        case "name" ->
            errors.add("name", texts.municipality_name_error(Municipality.MAX_NAME_LENGTH));
        case "policyKey" -> errors.add("policyKey", texts.municipality_policy_error());
        default -> errors.add(problem.field(), problem.reason());
      }
    }
    return errors;
  }

  /** What the form shows again of a value: never more than a field's limit of it. */
  private static String kept(String value) {
    if (value == null) {
      return "";
    }
    return value.length() > Municipality.MAX_NAME_LENGTH
        ? value.substring(0, Municipality.MAX_NAME_LENGTH)
        : value;
  }

  private Response answer(int status, Form form, FormErrors errors, boolean exists) {
    return Response.status(status)
        .entity(render(form, errors, exists, null))
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .build();
  }

  private TemplateInstance render(Form form, FormErrors errors, boolean exists, Row added) {
    return Templates.municipalities(
            page,
            municipalities.all().stream().map(Row::of).toList(),
            add.guidelines(),
            form,
            errors,
            exists,
            added)
        .setLocale(page.locale());
  }

  private void requireDeploymentAdministrator() {
    if (!page.has(Roles.DEPLOYMENT_ADMINISTRATOR)) {
      throw SamspelException.forbidden("Only administrators of the deployment add municipalities");
    }
  }
}
