package se.samspel.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import se.samspel.common.SamspelException;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.demo.DemoOrganisation;
import se.samspel.organisation.domain.OrganisationGraph;
import se.samspel.organisation.domain.Position;
import se.samspel.security.DemoLogin;
import se.samspel.security.ProviderSession;

/**
 * Signing in and out of the pages, and choosing their language.
 *
 * <p>With the municipality's identity provider configured, {@code /inloggning} is the one address
 * behind the OpenID Connect authorization code flow (with PKCE, RFC 7636): a page asked for without
 * a session comes here, the provider's login follows, and the reader returns to the page asked for.
 * Logging out ends Samspel's session and the provider's (OpenID Connect RP-Initiated Logout 1.0)
 * and returns to the login page, which says so.
 *
 * <p>With the demo login enabled (the embedded default) the login page signs a token for a demo
 * person and keeps it in an HttpOnly cookie, for the pages only.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

  /** A person offered on the demo login page. */
  public record DemoPerson(String login, String name, String positions) {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance login(
        PageContext page,
        boolean demo,
        List<DemoPerson> people,
        String next,
        String entered,
        boolean unknown,
        boolean loggedOut,
        String signIn);

    static native TemplateInstance leaving(PageContext page, String providerLogout);
  }

  /** The demo people shown first: one of each kind the README names. */
  static final List<String> DEMO_LOGINS =
      List.of(
          "politiker",
          "oppositionsrad",
          "kso",
          "bun-ordforande",
          "fc-buf",
          "verksamhetschef",
          "rektor",
          "enhetschef",
          "larare",
          "medarbetare",
          "kommunikator",
          "kd",
          "revisor",
          "visselblasare",
          "tf-fc-sof",
          "admin");

  private final PageContext page;
  private final DemoLogin demoLogin;
  private final OrganisationDirectory directory;
  private final WebConfig config;
  private final Clock clock;
  private final ProviderSession providerSession;

  public LoginPage(
      PageContext page,
      DemoLogin demoLogin,
      OrganisationDirectory directory,
      WebConfig config,
      Clock clock,
      ProviderSession providerSession) {
    this.page = page;
    this.demoLogin = demoLogin;
    this.directory = directory;
    this.config = config;
    this.clock = clock;
    this.providerSession = providerSession;
  }

  /**
   * The pages' sign-in with the identity provider. Quarkus OIDC guards this address (an HTTP
   * permission in application.properties): without a session the reader goes to the provider's
   * login, which redirects back here; with one, this returns 303 to {@code next} (a local page,
   * else the home page). Without a provider it leads to the demo login.
   */
  @GET
  @Path("inloggning")
  @Operation(hidden = true)
  public Response signIn(@QueryParam("next") String next) {
    String target = returnPath(next);
    if (!page.signedIn()) {
      return Response.seeOther(page.uri(demoLoginAddress(target))).build();
    }
    return Response.seeOther(URI.create(target)).build();
  }

  @GET
  @Path("logga-in")
  @Operation(hidden = true)
  public TemplateInstance form(
      @QueryParam("next") String next, @QueryParam("utloggad") boolean loggedOut) {
    return show(returnPath(next), "", false, loggedOut);
  }

  @POST
  @Path("logga-in")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response login(
      @RestForm("login") String login,
      @RestForm("next") String next,
      @RestForm("_csrf") String csrf) {
    page.verifyCsrf(csrf);
    String target = returnPath(next);
    if (!demoLogin.enabled()) {
      throw SamspelException.notFound("page", "logga-in");
    }
    DemoLogin.Issued issued;
    try {
      issued = demoLogin.issue(login);
    } catch (SamspelException e) {
      if (e.kind() != SamspelException.Kind.NOT_FOUND) {
        throw e;
      }
      String entered = login == null ? "" : login.strip();
      return Response.status(FormErrors.STATUS)
          .entity(show(target, entered.length() > 200 ? "" : entered, true, false))
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .build();
    }
    Duration lifetime = Duration.between(clock.instant(), issued.expiresAt());
    return Response.seeOther(URI.create(target))
        .header(
            HttpHeaders.SET_COOKIE,
            Cookies.of(Cookies.TOKEN, issued.token(), lifetime, config.secureCookies()))
        .build();
  }

  @POST
  @Path("logga-ut")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(hidden = true)
  public Response logout(@RestForm("_csrf") String csrf) {
    page.verifyCsrf(csrf);
    URI loggedOut = page.uri("/logga-in?utloggad=true");
    var expiredToken = Cookies.expired(Cookies.TOKEN, config.secureCookies());
    Optional<URI> providerLogout = providerSession.end(loggedOut);
    page.forgetReader();
    return providerLogout
        // The provider's logout is another origin: the pages' Content-Security-Policy
        // (form-action 'self') would stop a form post redirected there, so a page leads on.
        .map(
            endSession ->
                Response.ok(Templates.leaving(page, endSession.toString()).setLocale(page.locale()))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")))
        .orElseGet(() -> Response.seeOther(loggedOut))
        .header(HttpHeaders.SET_COOKIE, expiredToken)
        .build();
  }

  /** Switches the pages' language and returns to the page the reader came from. */
  @GET
  @Path("sprak/{lang}")
  @Operation(hidden = true)
  public Response language(
      @jakarta.ws.rs.PathParam("lang") String lang, @QueryParam("next") String next) {
    String chosen = Languages.supported(lang) ? lang : "sv";
    return Response.seeOther(URI.create(returnPath(next)))
        .header(
            HttpHeaders.SET_COOKIE,
            Cookies.of(Cookies.LANGUAGE, chosen, Duration.ofDays(365), config.secureCookies()))
        .build();
  }

  /**
   * Where to go after signing in or switching the language: {@code next} when it is a local page,
   * else the home page of the municipality the page is addressed in.
   */
  private String returnPath(String next) {
    String safe = Pages.safeReturnPath(next);
    return safe.equals("/") ? page.address("/") : safe;
  }

  private TemplateInstance show(String next, String entered, boolean unknown, boolean loggedOut) {
    List<DemoPerson> people = demoLogin.enabled() ? demoPeople() : List.of();
    return Templates.login(
            page,
            demoLogin.enabled(),
            people,
            next,
            entered,
            unknown,
            loggedOut,
            providerSession.signInPath().map(path -> signInAddress(path, next)).orElse(""))
        .setLocale(page.locale());
  }

  private List<DemoPerson> demoPeople() {
    OrganisationGraph graph = directory.current();
    LocalDate today = LocalDate.now(clock);
    return DEMO_LOGINS.stream()
        // The second demo municipality's people carry its prefix (v-larare): the page lists the
        // people of the municipality it is addressed in.
        .flatMap(
            login ->
                graph
                    .personByLogin(login)
                    .or(() -> graph.personByLogin(DemoOrganisation.SECOND_LOGIN_PREFIX + login))
                    .stream())
        .map(
            person ->
                new DemoPerson(
                    person.login().orElseThrow(),
                    person.name(),
                    graph.positionsHeldBy(person.id(), today).stream()
                        .map(Position::title)
                        .collect(Collectors.joining(", "))))
        .toList();
  }

  /**
   * Where a reader who is not signed in goes to sign in and then return to {@code next}: the
   * provider's sign-in when one is configured ({@code /inloggning}, or {@code /9902/inloggning} for
   * a municipality with its own provider), else the demo login page of the municipality the page is
   * addressed in.
   */
  static String loginAddress(String next, Optional<String> providerSignIn, PageContext page) {
    return providerSignIn
        .map(path -> signInAddress(path, next))
        .orElseGet(() -> page.address(demoLoginAddress(next)));
  }

  /**
   * The provider's sign-in ({@code signInPath}: {@code /inloggning}, or {@code /9902/inloggning}
   * for a municipality with its own provider) that returns to {@code next}.
   */
  static String signInAddress(String signInPath, String next) {
    return signInPath + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
  }

  private static String demoLoginAddress(String next) {
    return "/logga-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
  }
}
