package no.hjelp.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public pages in a real browser (headless Debian Chromium): no WCAG 2.2 A/AA violations found
 * by axe-core in nb, ar and th; Arabic laid out right to left; the quick exit leaves the page, by
 * button and by pressing Shift three times. Screenshots go to target/screenshots/.
 *
 * <p>Chromium talks only to 127.0.0.1: every other host name resolves to nothing.
 */
@ExtendWith({ChromiumAvailable.class, ArquillianExtension.class})
class BrowserIT extends PortalDeployment {

    private static ChromeDriver driver;
    private static final Path SHOTS = Path.of("target", "screenshots");

    @BeforeAll
    static void startBrowser() throws Exception {
        assertTrue(ChromiumAvailable.installed(), "Chromium is required (browser.required=true) but /usr/bin/chromium "
                + "or /usr/bin/chromedriver is missing: apt-get install chromium chromium-driver fonts-noto-core");
        Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(),
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1", "--window-size=412,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumAvailable.DRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void open(String path) {
        driver.get(base() + path);
    }

    private void screenshot(String name) throws Exception {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void noAccessibilityViolationsInNorwegianArabicAndThai() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("nb", "ar", "th")) {
            Map<String, String> pages = Map.of("home", "/" + lang + "/", "topic", "/" + lang + "/get-help-now",
                    "search", "/" + lang + "/search?q=" + (lang.equals("ar") ? "%D9%85%D8%AD%D8%A7%D9%85%D9%8A"
                            : lang.equals("th") ? "%E0%B8%97%E0%B8%99%E0%B8%B2%E0%B8%A2" : "advokat"),
                    "contacts", "/" + lang + "/contacts");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                open(page.getValue());
                Results results = new AxeBuilder()
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                        .analyze(driver);
                screenshot(lang + "-" + page.getKey());
                for (Rule v : results.getViolations()) {
                    problems.add(page.getValue() + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp()
                            + " × " + v.getNodes().size() + " e.g. " + v.getNodes().get(0).getTarget());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aTopicPageInEveryLanguageIsAccessible() throws Exception {
        no.hjelp.portal.content.Content content = new no.hjelp.portal.content.internal.ContentLoader().load(Path.of("target", "it-content"));
        List<String> problems = new ArrayList<>();
        for (no.hjelp.portal.content.Language l : content.languages()) {
            open("/" + l.code() + "/what-is-trafficking");
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                    .analyze(driver);
            for (Rule v : results.getViolations()) {
                problems.add(l.code() + ": " + v.getId() + " " + v.getHelp() + " e.g. " + v.getNodes().get(0).getTarget());
            }
            assertEquals(l.dir(), driver.executeScript("return getComputedStyle(document.documentElement).direction"), l.code());
            if (List.of("fa", "ti", "zh", "vi", "ar", "th").contains(l.code())) {
                screenshot(l.code() + "-what-is-trafficking");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void navigatorFlowIsAccessibleInEnglishAndArabic() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("en", "ar")) {
            open("/" + lang + "/navigator");
            driver.findElement(By.cssSelector("label[for='age-adult']")).click();
            driver.findElement(By.cssSelector("label[for='origin-elsewhere']")).click();
            driver.findElement(By.cssSelector("label[for='status-reflection']")).click();
            driver.findElement(By.cssSelector("form.navigator button[type=submit]")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("status=reflection"));
            assertTrue(driver.findElements(By.id("right-reflection-social")).size() == 1, lang);
            screenshot(lang + "-navigator");
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                    .analyze(driver);
            for (Rule v : results.getViolations()) {
                problems.add(lang + " navigator: " + v.getId() + " " + v.getHelp() + " e.g. " + v.getNodes().get(0).getTarget());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void brochurePageIsAccessible() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/nb/brochures?b=victims&in=ar&with=nb&paper=a5", "/ar/brochures?b=health&in=ar&paper=a4")) {
            open(path);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                    "return Array.from(document.images).every(i => i.complete && i.naturalWidth > 0)"));
            Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                    .analyze(driver);
            for (Rule v : results.getViolations()) {
                problems.add(path + ": " + v.getId() + " " + v.getHelp() + " e.g. " + v.getNodes().get(0).getTarget());
            }
        }
        screenshot("nb-brochures");
        assertEquals(List.of(), problems);
    }

    @Test
    void editorsSignInToTheTranslationDashboardAndTheCookieStaysInTheEditorsArea() throws Exception {
        open("/editor/");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/editor/login.xhtml"));
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        assertTrue(session != null && session.getPath().equals("/editor") && session.isHttpOnly()
                && "Strict".equalsIgnoreCase(session.getSameSite()), String.valueOf(session));

        driver.findElement(By.id("name")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys("not-the-password");
        driver.findElement(By.id("submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".ui-messages-error")).isEmpty());
        assertTrue(driver.getCurrentUrl().contains("/editor/login.xhtml"), "a wrong password does not sign in");

        driver.findElement(By.id("name")).clear();
        driver.findElement(By.id("name")).sendKeys("admin");
        driver.findElement(By.id("password")).sendKeys("editor-test-password-1");
        driver.findElement(By.id("submit")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("matrix")).isEmpty());
        assertEquals("1", driver.findElement(By.id("count-missing")).getText(), "the IT content lacks one translation");
        assertTrue(Integer.parseInt(driver.findElement(By.id("count-machine-drafted")).getText()) > 400);
        screenshot("editor-dashboard");

        open("/editor/index.xhtml?state=missing");
        List<WebElement> rows = driver.findElements(By.cssSelector("#matrix tbody tr"));
        assertEquals(1, rows.size(), "only the topic with a missing translation");
        assertTrue(rows.get(0).getText().contains("compensation"));

        open("/nb/");
        assertTrue(driver.manage().getCookies().isEmpty(), "public pages see no cookie: " + driver.manage().getCookies());

        open("/editor/index.xhtml");
        driver.findElement(By.id("signout")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/editor/login.xhtml"));
        open("/editor/index.xhtml");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/editor/login.xhtml"));
    }

    private List<String> axe() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")).analyze(driver);
        List<String> problems = new ArrayList<>();
        for (Rule v : results.getViolations()) {
            problems.add(driver.getCurrentUrl() + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp() + " × "
                    + v.getNodes().size() + " e.g. " + v.getNodes().get(0).getTarget());
        }
        return problems;
    }

    @Test
    void anEditorEditsWithALivePreviewAndPublishesAndReadersSeeItAtOnce() throws Exception {
        open("/editor/index.xhtml");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        if (driver.getCurrentUrl().endsWith("/editor/login.xhtml")) {
            driver.findElement(By.id("name")).sendKeys("admin");
            driver.findElement(By.id("password")).sendKeys("editor-test-password-1");
            driver.findElement(By.id("submit")).click();
        }
        wait.until(d -> !d.findElements(By.id("matrix")).isEmpty());
        List<String> problems = new ArrayList<>(axe());

        String path = "/editor/topic.xhtml?topic=mental-health&lang=en";
        assertFalse(get("/en/mental-health").body().contains("Quokka"), "the test starts from the bundled text");
        open(path);
        WebElement body = wait.until(d -> d.findElement(By.id("edit:body")));
        problems.addAll(axe());
        body.sendKeys(Keys.END, "\n\nQuokka lantern words from the browser test.");
        // the preview is rendered by the server with the public renderer, while typing
        wait.until(d -> d.findElement(By.id("edit:preview")).getText().contains("Quokka lantern words"));
        screenshot("editor-topic");
        driver.findElement(By.id("edit:save")).click();
        wait.until(d -> d.findElement(By.id("edit:messages")).getText().contains("versjon"));
        assertFalse(get("/en/mental-health").body().contains("Quokka"), "a draft is not public");
        driver.findElement(By.id("edit:submit")).click();
        wait.until(d -> !d.findElements(By.id("edit:publish")).isEmpty());
        driver.findElement(By.id("edit:publish")).click();
        wait.until(d -> d.findElement(By.id("edit:messages")).getText().contains("Publisert"));
        assertTrue(get("/en/mental-health").body().contains("Quokka lantern words"), "readers see the text when publish returns");
        assertTrue(get("/en/search?q=quokka").body().contains("/en/mental-health"), "search finds it");
        problems.addAll(axe());
        assertEquals(List.of(), problems);
        Files.copy(Path.of("content/topics/mental-health/en.md"), Path.of("target/it-content/topics/mental-health/en.md"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void arabicIsLaidOutRightToLeft() throws Exception {
        open("/ar/get-help-now");
        JavascriptExecutor js = driver;
        assertEquals("rtl", js.executeScript("return getComputedStyle(document.documentElement).direction"));
        Rectangle main = driver.findElement(By.id("main")).getRect();
        Rectangle h1 = driver.findElement(By.tagName("h1")).getRect();
        // the heading hugs the right edge of the content column, as Arabic readers expect
        int rightGap = (main.getX() + main.getWidth()) - (h1.getX() + h1.getWidth());
        assertTrue(rightGap < 40, "right gap " + rightGap);
        WebElement tel = driver.findElement(By.cssSelector("a.tel[href='tel:+4722331160']"));
        assertEquals("ltr", tel.getCssValue("direction"));
        assertEquals(1L, js.executeScript("return arguments[0].getClientRects().length", tel), "phone on one line");
        screenshot("ar-rtl");

        open("/nb/get-help-now");
        Rectangle nbMain = driver.findElement(By.id("main")).getRect();
        Rectangle nbH1 = driver.findElement(By.tagName("h1")).getRect();
        assertTrue(nbH1.getX() - nbMain.getX() < 40, "Norwegian starts on the left");
    }

    private String leaveTarget() {
        // a page on the portal's own server stands in for the neutral site, so the test never leaves 127.0.0.1
        return base() + "/robots.txt";
    }

    @Test
    void quickExitButtonReplacesThePage() throws Exception {
        open("/nb/");
        String home = driver.getCurrentUrl();
        driver.findElement(By.cssSelector("a[href='/nb/get-help-now']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/nb/get-help-now"));
        WebElement exit = driver.findElement(By.cssSelector("a[data-quick-exit]"));
        assertEquals("https://www.yr.no/", exit.getAttribute("href"));
        assertTrue(exit.getAttribute("rel").contains("noreferrer"));
        driver.executeScript("arguments[0].href = arguments[1]", exit, leaveTarget());
        exit.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/robots.txt"));
        driver.navigate().back();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().endsWith("/robots.txt"));
        assertEquals(home, driver.getCurrentUrl(), "Back skips the page the reader left");
    }

    @Test
    void pressingShiftThreeTimesLeaves() {
        open("/ar/get-help-now");
        WebElement exit = driver.findElement(By.cssSelector("a[data-quick-exit]"));
        driver.executeScript("arguments[0].href = arguments[1]", exit, leaveTarget());
        Actions shift = new Actions(driver);
        shift.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
        assertTrue(driver.getCurrentUrl().endsWith("/ar/get-help-now"), "two presses are not enough");
        shift.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/robots.txt"));
    }
}
