package se.samspel.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import se.samspel.common.SamspelException;
import se.samspel.deviation.application.RecordAccess;
import se.samspel.municipality.application.MunicipalityAddresses;
import se.samspel.municipality.application.MunicipalityScope;
import se.samspel.organisation.application.CurrentCaller;
import se.samspel.organisation.application.OrganisationDirectory;
import se.samspel.organisation.domain.Person;
import se.samspel.organisation.domain.PersonId;
import se.samspel.organisation.domain.Roles;
import se.samspel.request.application.ReadRequests;

/**
 * What every page knows of the request it answers: who reads it (if anyone), in which language, the
 * CSRF token its forms repeat, and what the navigation offers this reader. Templates receive it as
 * {@code page}.
 */
@RequestScoped
public class PageContext {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The zone times are shown in: the municipality's (the working calendar's zone). */
  @jakarta.inject.Inject java.time.ZoneId zone;

  @jakarta.inject.Inject se.samspel.security.IdentityTenants tenants;

  private final CurrentIdentityAssociation association;
  private final HttpServerRequest request;
  private final OrganisationDirectory directory;
  private final ReadRequests readRequests;
  private final RecordAccess recordAccess;
  private final MunicipalityScope scope;

  private SecurityIdentity resolvedIdentity;
  private boolean identityChecked;
  private boolean tokenRejected;
  private String csrf;
  private boolean csrfIssued;
  private Long decideCount;
  private String base;

  public PageContext(
      CurrentIdentityAssociation association,
      HttpServerRequest request,
      OrganisationDirectory directory,
      ReadRequests readRequests,
      RecordAccess recordAccess,
      MunicipalityScope scope) {
    this.association = association;
    this.request = request;
    this.directory = directory;
    this.readRequests = readRequests;
    this.recordAccess = recordAccess;
    this.scope = scope;
  }

  /**
   * The name of the municipality the page is in, for the header (issue 16: the pages show which
   * municipality one is in): the addressed one at {@code /{municipalityId}/…}, the deployment's
   * first at the unscoped, deprecated addresses.
   */
  public String municipality() {
    return scope.currentMunicipality().name();
  }

  // ---- addresses ------------------------------------------------------------------------------

  /**
   * The base every address of the page starts with (issue 16): {@code /9902} when the page was
   * addressed as {@code /9902/…}, empty at the unscoped, deprecated addresses (the first
   * municipality's). Links, form actions, redirects and the addresses scripts ask all go through
   * it, so that a reader who came in at a municipality's address stays there. Read from the address
   * as sent (the address filter already checked that the deployment serves the municipality).
   */
  public String base() {
    if (base == null) {
      base = baseOf();
    }
    return base;
  }

  private String baseOf() {
    return MunicipalityAddresses.parse(request.path())
        .filter(scoped -> !scoped.unscoped().startsWith("/api"))
        // Only a municipality the request is about: an address naming one the deployment does
        // not serve shows its error page with the first municipality's links.
        .filter(scoped -> scoped.municipality().equals(scope.current()))
        .map(scoped -> "/" + scoped.municipality().value())
        .orElse("");
  }

  /**
   * A page address as this reader reaches it: {@code address("/arenden/R-1")} is {@code
   * /9902/arenden/R-1} on a page addressed as {@code /9902/…}, else unchanged.
   *
   * @param unscoped a local page address starting with '/'
   */
  public String address(String unscoped) {
    return base() + unscoped;
  }

  /** {@link #address} as the URI a redirect names (Post/Redirect/Get). */
  public java.net.URI uri(String unscoped) {
    return java.net.URI.create(address(unscoped));
  }

  // ---- who reads ------------------------------------------------------------------------------

  /** Whether a person of the organisation is logged in (an expired cookie counts as logged out). */
  public boolean loggedIn() {
    return !anonymous() && personId().isPresent();
  }

  private boolean anonymous() {
    return resolved() == null || resolved().isAnonymous();
  }

  /**
   * The reader's identity, checked once. On the I/O thread (an address no page answers, or a
   * refusal by a security annotation) the token may not be checked, since that could block: the
   * identity is used there only if it was resolved already, else the page shows as to someone not
   * logged in.
   */
  private SecurityIdentity resolved() {
    if (resolvedIdentity == null && !identityChecked) {
      identityChecked = true;
      if (io.vertx.core.Context.isOnEventLoopThread()) {
        SecurityIdentity[] known = new SecurityIdentity[1];
        association
            .getDeferredIdentity()
            .subscribe()
            .with(i -> known[0] = i, failure -> tokenRejected = true);
        resolvedIdentity = known[0];
      } else {
        try {
          resolvedIdentity = association.getIdentity();
          resolvedIdentity.isAnonymous();
        } catch (AuthenticationFailedException e) {
          // An expired or foreign token cookie: the page is shown as to anyone not logged in,
          // and the response clears the cookie.
          resolvedIdentity = null;
          tokenRejected = true;
        }
      }
    }
    return resolvedIdentity;
  }

  /**
   * Where the header's "Logga in" leads: the identity provider's sign-in when one is configured,
   * else the demo login page (both take {@code next}).
   */
  public String loginPath() {
    return tenants.signInPath(request.path()).orElseGet(() -> address("/logga-in"));
  }

  /** After logging out: the rest of this response is shown as to someone not signed in. */
  void forgetReader() {
    resolvedIdentity = null;
    identityChecked = true;
  }

  /** Whether anyone is signed in (a person of the organisation or not). */
  public boolean signedIn() {
    return !anonymous();
  }

  /**
   * Signed in, but the login names no person of the organisation (none has it, or several share
   * it): the pages say so instead of refusing without a reason.
   */
  public boolean signedInWithoutPerson() {
    return signedIn() && personId().isEmpty();
  }

  /** The login the reader signed in with (the configured subject claim), or empty. */
  public String signedInAs() {
    if (anonymous()) {
      return "";
    }
    String login = resolved().getAttribute(CurrentCaller.LOGIN_ATTRIBUTE);
    return login != null ? login : resolved().getPrincipal().getName();
  }

  /** Whether the reader's login is shared by several people (see CurrentCaller). */
  public boolean loginShared() {
    return signedIn()
        && Boolean.TRUE.equals(resolved().getAttribute(CurrentCaller.LOGIN_SHARED_ATTRIBUTE));
  }

  public Optional<PersonId> personId() {
    if (anonymous()) {
      return Optional.empty();
    }
    return Optional.ofNullable(resolved().getAttribute(CurrentCaller.PERSON_ATTRIBUTE));
  }

  /** The logged-in person; pages behind a role only call this after the role check passed. */
  public PersonId requirePerson() {
    return personId()
        .orElseThrow(() -> SamspelException.forbidden("You are not a person of this organisation"));
  }

  /** The reader's name, or empty when no one is logged in. */
  public String name() {
    return personId().flatMap(id -> directory.current().person(id)).map(Person::name).orElse("");
  }

  public boolean has(String role) {
    return !anonymous() && resolved().hasRole(role);
  }

  /**
   * Whether the page found the token refused (expired, foreign): the response then removes the
   * cookie. Only known once the page asked who reads it; never checked just for this.
   */
  boolean tokenRejected() {
    return tokenRejected;
  }

  // ---- navigation -----------------------------------------------------------------------------

  /** Department heads, managers and anyone with something waiting see "Att besluta". */
  public boolean showDecide() {
    return loggedIn() && (has(Roles.DEPARTMENT_HEAD) || has(Roles.MANAGER) || decideCount() > 0);
  }

  /** How many requests wait on the reader's positions (shown in the navigation). */
  public long decideCount() {
    if (decideCount == null) {
      // Never on the I/O thread, where the database may not be used (an error page there).
      decideCount =
          io.vertx.core.Context.isOnEventLoopThread()
              ? 0L
              : personId().map(p -> readRequests.inbox(p, 0, 1).total()).orElse(0L);
    }
    return decideCount;
  }

  public boolean showEscalations() {
    return has(Roles.MANAGER);
  }

  /**
   * Whether the reader reads the deviation record and the full review (KD, the KSO, auditors):
   * {@link RecordAccess} decides, as for the API. Read from memory, so the navigation may ask it on
   * any thread.
   */
  public boolean showRecord() {
    return recordAccess.rightsOf(personId()).read();
  }

  /** Politicians register their spontaneous site visits ("Verksamhetsbesök"). */
  public boolean showSiteVisits() {
    return has(Roles.POLITICIAN);
  }

  /** Administrators import the organisation and upload the guideline. */
  public boolean showAdministration() {
    return has(Roles.ADMINISTRATOR);
  }

  /** Administrators of the deployment add municipalities (the page "Kommuner"). */
  public boolean showMunicipalities() {
    return has(Roles.DEPLOYMENT_ADMINISTRATOR);
  }

  /**
   * The address being shown, without the municipality's base, to mark the current item of the
   * navigation.
   */
  public String path() {
    return MunicipalityAddresses.parse(request.path())
        .map(MunicipalityAddresses.Scoped::unscoped)
        .orElse(request.path());
  }

  /**
   * This address (with the municipality's base, as sent) and its query, URL-encoded, for links that
   * come back here.
   */
  public String returnTo() {
    String query = request.query();
    String here = request.path() + (query == null || query.isEmpty() ? "" : "?" + query);
    return java.net.URLEncoder.encode(Pages.safeReturnPath(here), StandardCharsets.UTF_8);
  }

  /** Whether the navigation item for this address is the current page. */
  public boolean current(String itemPath) {
    String path = path();
    return itemPath.equals("/") ? path.equals("/") : path.startsWith(itemPath);
  }

  // ---- language -------------------------------------------------------------------------------

  /**
   * {@code sv}, or {@code en} when the reader chose it with the header's link. Swedish first, as
   * the pages of a Swedish authority: the browser's own language setting does not switch it.
   */
  public String lang() {
    Cookie chosen = request.getCookie(Cookies.LANGUAGE);
    if (chosen != null && Languages.supported(chosen.getValue())) {
      return chosen.getValue();
    }
    return "sv";
  }

  public Locale locale() {
    return Locale.forLanguageTag(lang());
  }

  /** The other language, offered in the header. */
  public String otherLang() {
    return lang().equals("sv") ? "en" : "sv";
  }

  /** The readable name of a domain value in the reader's language (see {@link Terms}). */
  public String term(String type, Object value) {
    return Terms.of(type, value == null ? null : value.toString(), lang());
  }

  /** A day as the reader writes it: "13 mars 2023" or "13 March 2023"; empty for none. */
  public String date(java.time.LocalDate day) {
    if (day == null) {
      return "";
    }
    return day.format(
        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
            .withLocale(locale()));
  }

  /** A moment in the municipality's time zone: "13 mars 2023 14:05". */
  public String dateTime(java.time.Instant moment) {
    if (moment == null) {
      return "";
    }
    java.time.ZonedDateTime local = moment.atZone(zone);
    return date(local.toLocalDate())
        + " "
        + local.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"));
  }

  /** A moment as a machine-readable value for {@code <time datetime>}. */
  public String isoDateTime(java.time.Instant moment) {
    return moment == null ? "" : moment.atZone(zone).toOffsetDateTime().toString();
  }

  // ---- CSRF -----------------------------------------------------------------------------------

  /**
   * The token every form of this page repeats in its {@code _csrf} field: the value of the CSRF
   * cookie, issued now when the reader has none (the response then sets the cookie).
   */
  public String csrf() {
    if (csrf == null) {
      Cookie cookie = request.getCookie(Cookies.CSRF);
      if (cookie != null && cookie.getValue().length() >= 32) {
        csrf = cookie.getValue();
      } else {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        csrfIssued = true;
      }
    }
    return csrf;
  }

  boolean csrfIssued() {
    return csrfIssued;
  }

  /**
   * Refuses a form post whose {@code _csrf} field does not repeat the reader's CSRF cookie: a page
   * of another site cannot read the cookie, so it cannot make the browser post a matching form.
   */
  public void verifyCsrf(String submitted) {
    Cookie cookie = request.getCookie(Cookies.CSRF);
    if (cookie == null
        || submitted == null
        || !MessageDigest.isEqual(
            cookie.getValue().getBytes(StandardCharsets.UTF_8),
            submitted.getBytes(StandardCharsets.UTF_8))) {
      throw new SamspelException(
          SamspelException.Kind.FORBIDDEN,
          "csrf",
          "The form has expired or was not sent from this site; reload the page and try again");
    }
  }
}
