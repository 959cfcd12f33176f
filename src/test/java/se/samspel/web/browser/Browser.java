package se.samspel.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium, driven through chromium-driver) against the
 * application under test. Nothing is downloaded: the browser and driver come from the machine
 * ({@code .ci/run} installs them), axe-core's rules from Deque's jar.
 */
public final class Browser implements AutoCloseable {

  /** Where screenshots of the pages go, for a reviewer to look at. */
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final String CHROMIUM =
      System.getenv().getOrDefault("SAMSPEL_CHROMIUM", "/usr/bin/chromium");
  private static final String DRIVER =
      System.getenv().getOrDefault("SAMSPEL_CHROMEDRIVER", "/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final String base;
  private final Path profile;
  private final boolean javascript;

  private Browser(ChromeDriver driver, String base, Path profile, boolean javascript) {
    this.driver = driver;
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.profile = profile;
    this.javascript = javascript;
  }

  /** Starts a fresh browser (empty profile: no cookies) for the application at {@code base}. */
  public static Browser open(String base) {
    return open(base, true);
  }

  /**
   * A fresh browser whose pages run no script of their own, as for a reader who turned JavaScript
   * off (the tests' own scripts still run through the driver). Script execution is switched off
   * through the DevTools protocol ({@code Emulation.setScriptExecutionDisabled}, what Puppeteer's
   * {@code setJavaScriptEnabled(false)} does) rather than the content setting, so that {@link
   * #assertAccessible()} can let axe-core's own timers run for its scan of the page as rendered
   * without JavaScript.
   */
  public static Browser openWithoutJavaScript(String base) {
    return open(base, false);
  }

  private static Browser open(String base, boolean javascript) {
    if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
      throw new IllegalStateException(
          "The browser tests need Debian's chromium and chromium-driver ("
              + CHROMIUM
              + ", "
              + DRIVER
              + "): apt-get install chromium chromium-driver (.ci/run installs them)");
    }
    try {
      Path profile = Files.createTempDirectory("samspel-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-default-apps",
          "--disable-extensions",
          "--lang=sv-SE",
          "--window-size=1280,900",
          "--user-data-dir=" + profile);
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
      Browser browser = new Browser(driver, base, profile, javascript);
      if (!javascript) {
        browser.pageScripts(false);
      }
      return browser;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create a browser profile", e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public Browser go(String path) {
    driver.get(base + path);
    return this;
  }

  /** The path (and query) of the page shown. */
  public String path() {
    String url = driver.getCurrentUrl();
    return url.startsWith(base) ? url.substring(base.length()) : url;
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public String text(String css) {
    return find(css).getText();
  }

  public String pageText() {
    return find("body").getText();
  }

  /**
   * Clicks a link or a form's button and waits until the next page has replaced this one: a click
   * returns before the browser has loaded what it leads to.
   */
  public Browser clickThrough(String css) {
    return navigate(() -> find(css).click());
  }

  /**
   * Does something that loads another page, and waits until a new document has replaced this one
   * and finished loading.
   *
   * <p>The old page is marked with a property on its window object; a new document gets a new
   * window object without it. Waiting for an element of the old page to go stale is not used:
   * ChromeDriver sometimes answers a question about a node of a discarded document with "Node with
   * given id does not belong to the document" instead of a stale-element error, which made the
   * tests fail at random. While the browser swaps documents a script may also fail; such answers
   * only mean "not yet".
   */
  public Browser navigate(Runnable action) {
    JavascriptExecutor js = driver;
    js.executeScript("window.samspelPageBefore = true;");
    action.run();
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(WebDriverException.class)
        .withMessage(() -> "no new page loaded after the action on " + path())
        .until(
            d ->
                Boolean.TRUE.equals(
                    js.executeScript(
                        "return window.samspelPageBefore === undefined"
                            + " && document.readyState === 'complete';")));
    return this;
  }

  /**
   * Chooses in a chooser (tags/chooser.html) the way that works without JavaScript: types the words
   * in its search box, presses its "Sök" and clicks the match whose value is given.
   */
  public Browser chooseBySearch(String field, String words, String value) {
    WebElement box = find("#" + field);
    box.clear();
    box.sendKeys(words);
    clickThrough("button[value='sok-" + field + "']");
    WebElement match = find("input[name='" + field + "'][value='" + value + "']");
    if (!match.isSelected()) {
      match.click();
    }
    return this;
  }

  /** Logs in through the login page's form, as a person types it. */
  public Browser login(String login) {
    go("/logga-in");
    WebElement field = find("#login");
    field.clear();
    field.sendKeys(login);
    clickThrough("form.form button[type=submit]");
    waitFor(d -> !path().startsWith("/logga-in"));
    return this;
  }

  /** Logs out with the header's button. */
  public Browser logout() {
    clickThrough("form[action='/logga-ut'] button");
    waitFor(d -> path().startsWith("/logga-in"));
    return this;
  }

  public Browser waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
    return this;
  }

  /** Switches the execution of the pages' own scripts on or off (DevTools protocol). */
  private void pageScripts(boolean on) {
    driver.executeCdpCommand(
        "Emulation.setScriptExecutionDisabled", java.util.Map.of("value", !on));
  }

  /**
   * Runs axe-core's WCAG 2.1 A and AA rules on the page and fails on any violation, or when axe
   * could not run. Without JavaScript, axe (whose scan waits on timers, which a page without script
   * execution never fires) runs with script execution switched on for the scan only: the page's own
   * scripts, skipped when it loaded, stay unrun, so what is checked is the page as rendered without
   * JavaScript.
   */
  public Browser assertAccessible() {
    Results results;
    if (!javascript) {
      pageScripts(true);
    }
    try {
      results =
          new AxeBuilder()
              .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
              .analyze(driver);
    } finally {
      if (!javascript) {
        pageScripts(false);
      }
    }
    // AxeBuilder answers an axe run that failed (e.g. a script timeout) with an empty result and
    // an error message instead of throwing: without this check such a run passes unchecked.
    assertThat(results.getErrorMessage()).as("axe-core did not run on %s", path()).isNull();
    assertThat(results.getViolations())
        .as("axe-core violations on %s:%n%s", path(), describe(results.getViolations()))
        .isEmpty();
    return this;
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            v ->
                v.getId()
                    + " ("
                    + v.getImpact()
                    + "): "
                    + v.getHelp()
                    + " at "
                    + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }

  /** Shows the page at the width of a small phone (360 px) and checks nothing scrolls sideways. */
  public Browser assertFitsPhone() {
    Dimension before = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(new Dimension(360, 800));
      Long overflow =
          (Long)
              ((JavascriptExecutor) driver)
                  .executeScript(
                      "return document.documentElement.scrollWidth"
                          + " - document.documentElement.clientWidth;");
      assertThat(overflow)
          .as("horizontal overflow at 360 px on %s", path())
          .isLessThanOrEqualTo(0L);
    } finally {
      driver.manage().window().setSize(before);
    }
    return this;
  }

  /** Saves a screenshot of the whole page under target/screenshots. */
  public Browser screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Long height =
          (Long)
              ((JavascriptExecutor) driver)
                  .executeScript("return document.documentElement.scrollHeight;");
      Dimension before = driver.manage().window().getSize();
      driver
          .manage()
          .window()
          .setSize(new Dimension(before.getWidth(), (int) Math.min(4000, Math.max(900, height))));
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      driver.manage().window().setSize(before);
      Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot save the screenshot " + name, e);
    }
    return this;
  }

  /** Presses Tab until the element matching {@code css} has the focus, as a keyboard user does. */
  public Browser tabTo(String css) {
    WebElement target = find(css);
    for (int i = 0; i < 400; i++) {
      if (target.equals(focused())) {
        return this;
      }
      new Actions(driver).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("Tab never reaches " + css + " on " + path());
  }

  /** Types into the focused element and presses a key, as a keyboard user does. */
  public Browser type(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
    return this;
  }

  /**
   * Tabs through the whole page from its top: every visible link, button and form control must
   * receive the focus, and show that it has it (an outline or a shadow).
   */
  public Browser assertKeyboardReachable() {
    JavascriptExecutor js = driver;
    Long count =
        (Long)
            js.executeScript(
                "const all = [...document.querySelectorAll('a[href], button, input:not([type=hidden]),"
                    + " select, textarea, summary, [tabindex]:not([tabindex=\"-1\"])')]"
                    + ".filter(e => !e.disabled && e.getClientRects().length > 0"
                    + " && getComputedStyle(e).visibility !== 'hidden');"
                    // A group of radio buttons is one stop for Tab; arrows move inside it.
                    + "const stops = []; const groups = {};"
                    + "all.forEach(e => { if (e.type === 'radio' && e.name) {"
                    + " if (groups[e.name] === undefined) { groups[e.name] = stops.length; stops.push(e); }"
                    + " e.setAttribute('data-kb', groups[e.name]); }"
                    + " else { e.setAttribute('data-kb', stops.length); stops.push(e); } });"
                    + "document.activeElement && document.activeElement.blur();"
                    + "window.scrollTo(0, 0); return stops.length;");
    java.util.Set<String> reached = new java.util.TreeSet<>();
    java.util.List<String> unmarked = new java.util.ArrayList<>();
    for (int i = 0; i < count + 10; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      @SuppressWarnings("unchecked")
      java.util.Map<String, Object> state =
          (java.util.Map<String, Object>)
              js.executeScript(
                  "const e = document.activeElement; const s = getComputedStyle(e);"
                      + "return {kb: e.getAttribute('data-kb'), tag: e.tagName,"
                      + " text: (e.innerText || e.name || e.id || '').slice(0, 40),"
                      + " shown: s.outlineStyle !== 'none' || s.boxShadow !== 'none',"
                      + " style: s.outlineStyle + '/' + s.boxShadow};");
      Object kb = state.get("kb");
      if (kb != null) {
        reached.add(kb.toString());
        if (!Boolean.TRUE.equals(state.get("shown"))) {
          unmarked.add(state.get("tag") + " " + state.get("text") + " " + state.get("style"));
        }
      }
    }
    java.util.List<String> missed = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (!reached.contains(String.valueOf(i))) {
        missed.add(
            (String)
                js.executeScript(
                    "const e = document.querySelector('[data-kb=\""
                        + i
                        + "\"]');"
                        + "return e.tagName + ' ' + (e.innerText || e.name || e.id || '').slice(0, 40);"));
      }
    }
    assertThat(missed).as("elements Tab never reaches on %s", path()).isEmpty();
    assertThat(unmarked).as("elements that do not show their focus on %s", path()).isEmpty();
    return this;
  }

  /** The element that has the keyboard focus. */
  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      } catch (IOException e) {
        // A profile left in the temporary directory is harmless.
      }
    }
  }
}
