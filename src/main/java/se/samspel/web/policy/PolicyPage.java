package se.samspel.web.policy;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import se.samspel.common.SamspelException;
import se.samspel.organisation.domain.Roles;
import se.samspel.policy.application.PolicyCatalog;
import se.samspel.policy.application.PolicyViews;
import se.samspel.policy.domain.Deadline;
import se.samspel.policy.domain.PolicyVersion;
import se.samspel.web.PageContext;

/**
 * "Riktlinje": the guideline in force, and every stored version, readable by everyone logged in.
 */
@Path("/riktlinje")
@RolesAllowed(Roles.MEMBER)
@Produces(MediaType.TEXT_HTML)
public class PolicyPage {

  /** A response time of the policy, per kind of contact. */
  public record DeadlineRow(String kind, long amount, boolean hours) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance policy(
        PageContext page,
        PolicyViews.PolicyView policy,
        List<DeadlineRow> deadlines,
        List<PolicyViews.PolicySummary> versions);

    static native TemplateInstance none(PageContext page);
  }

  private final PageContext page;
  private final PolicyCatalog catalog;

  public PolicyPage(PageContext page, PolicyCatalog catalog) {
    this.page = page;
    this.catalog = catalog;
  }

  @GET
  @Operation(hidden = true)
  public TemplateInstance active() {
    Optional<PolicyVersion> active = catalog.active();
    if (active.isEmpty()) {
      return Templates.none(page).setLocale(page.locale());
    }
    return show(active.get(), active);
  }

  @GET
  @Path("/{key}/{version}")
  @Operation(hidden = true)
  public TemplateInstance version(
      @PathParam("key") String key, @PathParam("version") String version) {
    int number;
    try {
      number = Integer.parseInt(version);
    } catch (NumberFormatException e) {
      throw SamspelException.notFound("policy version", key + "/" + version);
    }
    PolicyVersion shown =
        catalog
            .version(key, number)
            .orElseThrow(() -> SamspelException.notFound("policy version", key + "/" + version));
    return show(shown, catalog.active());
  }

  private TemplateInstance show(PolicyVersion shown, Optional<PolicyVersion> active) {
    List<PolicyViews.PolicySummary> versions =
        catalog.versions().stream()
            .map(v -> PolicyViews.summary(v, active.map(a -> same(a, v)).orElse(false)))
            .toList();
    return Templates.policy(
            page,
            PolicyViews.view(shown, active.map(a -> same(a, shown)).orElse(false)),
            deadlines(shown),
            versions)
        .setLocale(page.locale());
  }

  private static List<DeadlineRow> deadlines(PolicyVersion version) {
    return version.policy().deadlines().entrySet().stream()
        .sorted(java.util.Map.Entry.comparingByKey())
        .map(
            e ->
                new DeadlineRow(
                    e.getKey().name(),
                    e.getValue().amount(),
                    e.getValue().unit() == Deadline.Unit.HOURS))
        .toList();
  }

  private static boolean same(PolicyVersion a, PolicyVersion b) {
    return a.policy().key().equals(b.policy().key())
        && a.policy().version() == b.policy().version();
  }
}
