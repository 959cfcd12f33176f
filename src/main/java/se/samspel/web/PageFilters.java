package se.samspel.web;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import se.samspel.common.FieldProblem;
import se.samspel.common.http.Problem;
import se.samspel.security.IdentityTenants;
import se.samspel.security.ProviderSession;

/**
 * What every page response shares: a problem (the API's error form) becomes a Swedish error page
 * or, when no one is logged in, a way to sign in (the identity provider's, else the demo login);
 * the CSRF cookie is set when the page issued one; an expired token cookie is removed; pages are
 * never cached (they show personal data). Form posts from another site are refused before they
 * reach a page.
 */
public class PageFilters {

  private static final Set<String> SAFE_METHODS =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  private final Instance<PageContext> pageContext;
  private final WebConfig config;
  private final IdentityTenants tenants;
  private final Template error;

  public PageFilters(
      Instance<PageContext> pageContext,
      WebConfig config,
      IdentityTenants tenants,
      @Location("error.html") Template error) {
    this.pageContext = pageContext;
    this.config = config;
    this.tenants = tenants;
    this.error = error;
  }

  /**
   * Fetch metadata and Origin name the site a browser's post comes from; a post to a page from
   * anywhere else is refused whatever it carries. Clients that send neither (scripts, tests) still
   * need the CSRF token of the form.
   */
  @ServerRequestFilter
  public Response refuseCrossSitePosts(ContainerRequestContext ctx, HttpServerRequest request) {
    String path = ctx.getUriInfo().getPath();
    if (SAFE_METHODS.contains(ctx.getMethod()) || !Pages.isPage(path)) {
      return null;
    }
    String site = request.getHeader("Sec-Fetch-Site");
    boolean crossSite = site != null && !site.equals("same-origin") && !site.equals("none");
    String origin = request.getHeader("Origin");
    if (origin != null && !origin.equals("null") && !sameOrigin(origin, request)) {
      crossSite = true;
    }
    if (!crossSite) {
      return null;
    }
    return errorPage(403, List.of(), "csrf", null);
  }

  private static boolean sameOrigin(String origin, HttpServerRequest request) {
    try {
      URI uri = URI.create(origin);
      String host = request.authority() == null ? null : request.authority().toString();
      return host != null && host.equalsIgnoreCase(uri.getRawAuthority());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @ServerResponseFilter
  public void pageResponse(
      ContainerRequestContext request,
      ContainerResponseContext response,
      ResourceInfo resource,
      HttpServerRequest sent) {
    String path = request.getUriInfo().getPath();
    if (!Pages.isPage(path)) {
      return;
    }
    // Also answers given on the I/O thread (no page matched the address, or a security
    // annotation refused it): PageContext never blocks there, so the error page can be shown.
    PageContext page = pageContext.get();
    boolean secure = config.secureCookies();
    // A template is rendered after this filter: issue the CSRF token now, so that its cookie goes
    // with the page (the first page after the provider's sign-in has had none before).
    if (response.getEntity() instanceof io.quarkus.qute.TemplateInstance) {
      page.csrf();
    }
    if (page.csrfIssued()) {
      response
          .getHeaders()
          .add(
              HttpHeaders.SET_COOKIE,
              Cookies.of(Cookies.CSRF, page.csrf(), Duration.ofDays(1), secure));
    }
    if (page.tokenRejected()) {
      // An expired demo token, or a provider session that no longer refreshes: both are removed,
      // so the page's "Logga in" starts afresh.
      response.getHeaders().add(HttpHeaders.SET_COOKIE, Cookies.expired(Cookies.TOKEN, secure));
      forgetProviderSession(request, response, secure);
    }
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    if (response.getEntity() instanceof Problem problem && wantsHtml(request, resource)) {
      if (response.getStatus() == 401) {
        // A provider session that no longer refreshes (ended at the provider) is forgotten, or
        // /inloggning would try it again and again.
        forgetProviderSession(request, response, secure);
        // The address as sent: a municipality with its own provider signs in at its own address.
        redirectToLogin(request, response, sent.path());
        return;
      }
      Response errorPage =
          errorPage(response.getStatus(), problem.errors(), problem.code(), problem.detail());
      response.setEntity(
          errorPage.getEntity(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
  }

  /**
   * Errors become pages for the pages' own addresses and for browsers (which ask for HTML); a
   * script calling an unknown address without asking for HTML keeps the problem document.
   */
  private static boolean wantsHtml(ContainerRequestContext request, ResourceInfo resource) {
    boolean pageResource =
        resource != null
            && resource.getResourceClass() != null
            && resource.getResourceClass().getName().startsWith("se.samspel.web.");
    return pageResource
        || request.getAcceptableMediaTypes().stream()
            .anyMatch(m -> m.getType().equals("text") && m.getSubtype().equals("html"));
  }

  /**
   * Expires the OIDC session cookie of the pages' tenant and its chunks, if the request has them.
   */
  private static void forgetProviderSession(
      ContainerRequestContext request, ContainerResponseContext response, boolean secure) {
    request.getCookies().keySet().stream()
        .filter(name -> name.startsWith(ProviderSession.COOKIE))
        .forEach(
            name ->
                response
                    .getHeaders()
                    .add(
                        HttpHeaders.SET_COOKIE,
                        Cookies.expired(name, IdentityTenants.cookiePathOf(name), secure)));
  }

  /**
   * Sends a reader who must sign in to the sign-in, returning to {@code sentPath}: the address as
   * sent, municipality included ({@code /9902/mina-arenden}), which also chooses the municipality's
   * own provider where it has one.
   */
  private void redirectToLogin(
      ContainerRequestContext request, ContainerResponseContext response, String sentPath) {
    String query = request.getUriInfo().getRequestUri().getRawQuery();
    PageContext page = pageContext.get();
    String next = sentPath + (query == null ? "" : "?" + query);
    response.setStatus(303);
    response.setEntity(null);
    response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    response
        .getHeaders()
        .putSingle(
            HttpHeaders.LOCATION, LoginPage.loginAddress(next, tenants.signInPath(sentPath), page));
  }

  private Response errorPage(int status, List<FieldProblem> problems, String code, String detail) {
    PageContext page = pageContext.get();
    String html =
        error
            .data("page", page)
            .data("status", status)
            .data("code", code == null ? "" : code)
            .data("detail", detail == null ? "" : detail)
            .data("problems", problems == null ? List.of() : problems)
            .setLocale(page.locale())
            .render();
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html)
        .build();
  }
}
