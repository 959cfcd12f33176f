package se.samspel.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;
import se.samspel.support.StoredData;

/**
 * Every page address, found from the page classes themselves, against its access rule below: no
 * login, a member without the role, a post without its CSRF token, and a generated corpus of
 * malformed ids, query values and form fields. No answer is a 5xx or shows Java, SQL or a stack
 * trace, and nothing stored changes. A page address without a rule here fails the test.
 */
@QuarkusTest
class PageEndpointsTest {

  /** Who may open a page address. */
  enum Rule {
    /** Anyone, without login. */
    PUBLIC,
    /** Any person of the organisation. */
    MEMBER,
    /** KD, the KSO and auditors. */
    REVIEWERS,
    /** Administrators. */
    ADMINISTRATOR,
    /** Administrators of the deployment (the provider's administrator group itself). */
    DEPLOYMENT_ADMINISTRATOR,
    /** People holding a political position today (registering site visits). */
    POLITICIANS
  }

  static final Map<String, Rule> RULES = new LinkedHashMap<>();

  static {
    RULES.put("GET /", Rule.PUBLIC);
    RULES.put("GET /logga-in", Rule.PUBLIC);
    RULES.put("POST /logga-in", Rule.PUBLIC);
    RULES.put("POST /logga-ut", Rule.PUBLIC);
    // The provider's sign-in (a session required by an HTTP permission); without a provider it
    // leads to the demo login.
    RULES.put("GET /inloggning", Rule.PUBLIC);
    RULES.put("GET /sprak/{lang}", Rule.PUBLIC);
    RULES.put("GET /riktlinje", Rule.MEMBER);
    RULES.put("GET /riktlinje/{key}/{version}", Rule.MEMBER);
    RULES.put("GET /eskaleringar", Rule.MEMBER);
    RULES.put("POST /eskaleringar/{id}/ta", Rule.MEMBER);
    RULES.put("GET /eskaleringar/{id}/eskalera", Rule.MEMBER);
    RULES.put("POST /eskaleringar/{id}/eskalera", Rule.MEMBER);
    RULES.put("GET /kontakta", Rule.MEMBER);
    RULES.put("POST /kontakta", Rule.MEMBER);
    RULES.put("GET /mina-arenden", Rule.MEMBER);
    RULES.put("GET /mina-arenden/{id}", Rule.MEMBER);
    RULES.put("GET /arenden/{id}", Rule.MEMBER);
    RULES.put("POST /arenden/{id}/aterkalla", Rule.MEMBER);
    RULES.put("POST /arenden/{id}/klar", Rule.MEMBER);
    RULES.put("POST /arenden/{id}/snabbt-beslut", Rule.MEMBER);
    RULES.put("POST /arenden/{id}/ta", Rule.MEMBER);
    RULES.put("GET /att-besluta", Rule.MEMBER);
    RULES.put("POST /att-besluta/{id}/godkann", Rule.MEMBER);
    RULES.put("POST /att-besluta/{id}/avsla", Rule.MEMBER);
    RULES.put("POST /att-besluta/{id}/omdirigera", Rule.MEMBER);
    RULES.put("POST /att-besluta/{id}/ordna", Rule.MEMBER);
    RULES.put("POST /att-besluta/{id}/los", Rule.MEMBER);
    RULES.put("GET /rapportera", Rule.MEMBER);
    RULES.put("POST /rapportera", Rule.MEMBER);
    RULES.put("GET /rapportera/{seq}", Rule.MEMBER);
    RULES.put("GET /sok/positioner", Rule.MEMBER);
    RULES.put("GET /sok/enheter", Rule.MEMBER);
    RULES.put("GET /avvikelser", Rule.REVIEWERS);
    RULES.put("GET /avvikelser/{seq}", Rule.REVIEWERS);
    RULES.put("POST /avvikelser/{seq}/rattelse", Rule.REVIEWERS);
    RULES.put("GET /uppfoljning", Rule.MEMBER);
    RULES.put("GET /uppfoljning.csv", Rule.REVIEWERS);
    RULES.put("GET /uppfoljning/offentlig", Rule.PUBLIC);
    RULES.put("GET /uppfoljning/offentlig.csv", Rule.PUBLIC);
    RULES.put("GET /verksamhetsbesok", Rule.POLITICIANS);
    RULES.put("POST /verksamhetsbesok", Rule.POLITICIANS);
    RULES.put("GET /administration", Rule.ADMINISTRATOR);
    RULES.put("POST /administration/organisation", Rule.ADMINISTRATOR);
    RULES.put("POST /administration/organisation/genomfor", Rule.ADMINISTRATOR);
    RULES.put("POST /administration/riktlinje", Rule.ADMINISTRATOR);
    RULES.put("GET /kommuner", Rule.DEPLOYMENT_ADMINISTRATOR);
    RULES.put("POST /kommuner", Rule.DEPLOYMENT_ADMINISTRATOR);
    RULES.put("GET /gallring", Rule.MEMBER);
    RULES.put("POST /gallring", Rule.ADMINISTRATOR);
  }

  static final String CSRF = "k".repeat(43);

  static final List<String> BAD_VALUES =
      List.of(
          "",
          "x",
          "-1",
          "99999999999999999999",
          "../../etc/passwd",
          "' or 1=1 --",
          "<script>alert(1)</script>",
          "ÅÄÖ-ü-€-😀",
          "%00",
          "a\u0000b",
          "y".repeat(5_000));

  static final List<Pattern> LEAKS =
      List.of(
          Pattern.compile("Exception"),
          Pattern.compile("java\\.(lang|util|sql)"),
          Pattern.compile("org\\.hibernate"),
          Pattern.compile("\\bSQL\\b"),
          Pattern.compile("se\\.samspel\\."),
          Pattern.compile("<script>alert"));

  @Inject AgroalDataSource dataSource;

  /** One page address and what it reads. */
  record Endpoint(
      String method,
      String path,
      List<String> pathParams,
      List<String> query,
      List<String> form,
      boolean multipart) {
    String name() {
      return method + " " + path;
    }
  }

  private final List<String> wrong = new ArrayList<>();

  @Test
  void every_page_address_has_an_access_rule() {
    Set<String> found = new TreeSet<>();
    endpoints().forEach(e -> found.add(e.name()));
    assertThat(found).as("page addresses without a rule in RULES").isSubsetOf(RULES.keySet());
    assertThat(RULES.keySet()).as("rules for addresses that no longer exist").isSubsetOf(found);
  }

  @Test
  void refused_without_login_role_or_csrf_and_malformed_input_never_fails_or_changes_anything()
      throws Exception {
    Map<String, String> before = StoredData.snapshot(dataSource);
    String member = login("larare");
    String politician = login("politiker");
    int sent = 0;
    for (Endpoint e : endpoints()) {
      Rule rule = RULES.get(e.name());
      if (rule == null) {
        continue; // reported by every_page_address_has_an_access_rule
      }
      String path = fill(e, "x");
      if (rule != Rule.PUBLIC) {
        Response anonymous = call(e, path, null, true, Map.of());
        expect(e, "no login", anonymous, 303);
        if (anonymous.statusCode() == 303
            && !anonymous.header("Location").contains("/logga-in?next=")) {
          wrong.add(e.name() + " without login: redirected to " + anonymous.header("Location"));
        }
        sent++;
      }
      if (rule == Rule.REVIEWERS
          || rule == Rule.ADMINISTRATOR
          || rule == Rule.DEPLOYMENT_ADMINISTRATOR) {
        expect(e, "member without the role", call(e, path, politician, true, Map.of()), 403);
        sent++;
      }
      if (rule == Rule.POLITICIANS) {
        expect(e, "member without the role", call(e, path, member, true, Map.of()), 403);
        sent++;
      }
      String allowed = allowedCaller(rule, member);
      if (e.method().equals("POST")) {
        expect(e, "no CSRF token", call(e, path, allowed, false, Map.of()), 403);
        sent++;
      }
      for (String param : e.pathParams()) {
        for (String bad : BAD_VALUES) {
          if (bad.isEmpty()) {
            continue; // an empty segment is another address
          }
          check(
              e,
              param + "=" + abbreviate(bad),
              call(e, fillWith(e, param, bad), allowed, true, Map.of()));
          sent++;
        }
      }
      for (String param : e.query()) {
        for (String bad : BAD_VALUES) {
          check(
              e,
              "?" + param + "=" + abbreviate(bad),
              call(e, path + "?" + param + "=" + encode(bad), allowed, true, Map.of()));
          sent++;
        }
      }
      if (!e.form().isEmpty()) {
        for (String bad : BAD_VALUES) {
          Map<String, String> fields = new LinkedHashMap<>();
          e.form().stream().filter(f -> !f.equals("_csrf")).forEach(f -> fields.put(f, bad));
          check(e, "form=" + abbreviate(bad), call(e, path, allowed, true, fields));
          sent++;
        }
      }
    }
    assertThat(wrong).as("wrong answers among %d page requests", sent).isEmpty();
    assertThat(StoredData.snapshot(dataSource)).as("stored data").isEqualTo(before);
  }

  private void expect(Endpoint e, String what, Response response, int status) {
    if (response.statusCode() != status) {
      wrong.add(e.name() + " " + what + ": " + response.statusCode() + " instead of " + status);
    }
    leaks(e, what, response);
  }

  private void check(Endpoint e, String what, Response response) {
    int status = response.statusCode();
    if (status >= 500) {
      wrong.add(e.name() + " " + what + ": " + status);
    }
    leaks(e, what, response);
  }

  private void leaks(Endpoint e, String what, Response response) {
    String body = response.asString();
    for (Pattern leak : LEAKS) {
      if (leak.matcher(body).find()) {
        wrong.add(e.name() + " " + what + ": the answer shows " + leak.pattern());
      }
    }
  }

  private static String allowedCaller(Rule rule, String member) {
    switch (rule) {
      case REVIEWERS:
        return login("kd");
      case ADMINISTRATOR:
      case DEPLOYMENT_ADMINISTRATOR:
        return login("admin");
      case POLITICIANS:
        return login("politiker");
      default:
        return member;
    }
  }

  private static Response call(
      Endpoint e, String path, String token, boolean csrf, Map<String, String> form) {
    RequestSpecification spec =
        given()
            .redirects()
            .follow(false)
            .accept("text/html,*/*;q=0.8")
            .cookie("samspel_csrf", CSRF);
    if (token != null) {
      spec = spec.cookie("samspel_token", token);
    }
    if (e.method().equals("GET")) {
      return spec.urlEncodingEnabled(false).get(path);
    }
    if (e.multipart()) {
      if (csrf) {
        spec = spec.multiPart("_csrf", CSRF);
      }
      for (Map.Entry<String, String> field : form.entrySet()) {
        spec =
            spec.multiPart(
                field.getKey(), "bad.txt", field.getValue().getBytes(StandardCharsets.UTF_8));
      }
      if (!csrf && form.isEmpty()) {
        spec = spec.multiPart("nothing", "");
      }
      return spec.post(path);
    }
    spec = spec.contentType(ContentType.URLENC);
    if (csrf) {
      spec = spec.formParam("_csrf", CSRF);
    }
    for (Map.Entry<String, String> field : form.entrySet()) {
      spec = spec.formParam(field.getKey(), field.getValue());
    }
    if (!csrf && form.isEmpty()) {
      spec = spec.formParam("nothing", "");
    }
    return spec.urlEncodingEnabled(true).post(path);
  }

  /** A token cookie for a demo person, through the login page itself. */
  static String login(String login) {
    return given()
        .redirects()
        .follow(false)
        .cookie("samspel_csrf", CSRF)
        .contentType(ContentType.URLENC)
        .formParam("login", login)
        .formParam("_csrf", CSRF)
        .post("/logga-in")
        .then()
        .statusCode(303)
        .extract()
        .cookie("samspel_token");
  }

  private static String fill(Endpoint e, String value) {
    String path = e.path();
    for (String param : e.pathParams()) {
      path = path.replace("{" + param + "}", value);
    }
    return path;
  }

  private static String fillWith(Endpoint e, String param, String bad) {
    String path = e.path().replace("{" + param + "}", encode(bad));
    for (String other : e.pathParams()) {
      path = path.replace("{" + other + "}", "x");
    }
    return path;
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static String abbreviate(String text) {
    return text.length() > 30 ? text.substring(0, 30) + "…(" + text.length() + ")" : text;
  }

  /** Every GET and POST of every page class (JAX-RS resources under se.samspel.web). */
  static List<Endpoint> endpoints() {
    List<Endpoint> found = new ArrayList<>();
    for (JavaClass javaClass :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.samspel.web")) {
      if (!javaClass.isAnnotatedWith(Path.class)) {
        continue;
      }
      Class<?> type = javaClass.reflect();
      String base = type.getAnnotation(Path.class).value();
      for (Method method : type.getDeclaredMethods()) {
        String verb =
            method.isAnnotationPresent(GET.class)
                ? "GET"
                : method.isAnnotationPresent(POST.class) ? "POST" : null;
        if (verb == null) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        String path = join(base, sub == null ? "" : sub.value());
        List<String> pathParams = new ArrayList<>();
        List<String> query = new ArrayList<>();
        List<String> form = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
          for (Annotation a : p.getAnnotations()) {
            if (a instanceof PathParam pp) {
              pathParams.add(pp.value());
            } else if (a instanceof RestPath rp) {
              pathParams.add(rp.value().isEmpty() ? p.getName() : rp.value());
            } else if (a instanceof QueryParam qp) {
              query.add(qp.value());
            } else if (a instanceof RestQuery rq) {
              query.add(rq.value().isEmpty() ? p.getName() : rq.value());
            } else if (a instanceof FormParam fp) {
              form.add(fp.value());
            } else if (a instanceof RestForm rf) {
              form.add(rf.value().isEmpty() ? p.getName() : rf.value());
            }
          }
        }
        Consumes consumes = method.getAnnotation(Consumes.class);
        boolean multipart =
            consumes != null && List.of(consumes.value()).contains(MediaType.MULTIPART_FORM_DATA);
        found.add(new Endpoint(verb, path, pathParams, query, form, multipart));
      }
    }
    assertThat(found).as("page addresses found").hasSizeGreaterThan(5);
    return found;
  }

  private static String join(String base, String sub) {
    String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path;
  }
}
