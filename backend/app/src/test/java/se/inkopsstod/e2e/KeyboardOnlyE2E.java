package se.inkopsstod.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.Axe;
import se.inkopsstod.testing.BrowserExtension;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.inviteEveryVendorAndPublish;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * The keyboard alone, no mouse: a teacher proposes a need, and a buyer drafts and publishes the
 * answer to a vendor's question. Every step is Tab (or Shift+Tab) to the control, then Enter,
 * Space or typing into whatever has the focus; the page is only read, never clicked.
 */
@InkopsstodIntegrationTest
class KeyboardOnlyE2E {

    /** True when the focused element is the control named so: a button's text, or a field's label (its start). */
    private static final String FOCUSED_IS = """
            const e = document.activeElement, name = arguments[0], kind = arguments[1];
            if (!e || e === document.body) return false;
            const norm = s => (s || '').replace(/\\s+/g, ' ').trim();
            if (kind === 'button') return (e.tagName === 'BUTTON' || e.getAttribute('role') === 'tab') && norm(e.textContent) === name;
            if (kind === 'radio') return e.type === 'radio' && e.labels && [...e.labels].some(l => norm(l.textContent) === name);
            return ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.tagName) && e.type !== 'radio'
              && e.labels && [...e.labels].some(l => norm(l.textContent).startsWith(name));""";
    private static final int MAX_TABS = 200;

    @RegisterExtension
    final BrowserExtension chromium = new BrowserExtension();

    private ChromeDriver browser;

    @Test
    void aTeacherProposesANeedWithTheKeyboardOnly() {
        ApiSession buyerApi = ApiSession.login("alvstad-buyer2");
        ApiSession teacherApi = ApiSession.login("alvstad-user1");
        String procurement = procurementWithTeam(buyerApi, teacherApi);
        String statement = "Lärare ser elevernas frånvaro direkt i schemat " + UUID.randomUUID().toString().substring(0, 6);

        browser = chromium.driver();
        logIn("alvstad-user1", "/upphandlingar/" + procurement);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Föreslå behov']")));
        Axe.check(browser, "the needs tab");

        tabTo("Föreslå behov", "button");
        press(Keys.ENTER);
        // the form puts the focus in its first field itself
        wait.until(d -> (Boolean) browser.executeScript(FOCUSED_IS, "Behov", "field"));
        press(statement);
        tabTo("Perspektiv", "field");
        chooseByTyping();
        tabTo("Skolprocess", "field");
        chooseByTyping();
        tabTo("Hög", "radio");
        press(Keys.SPACE);
        tabTo("Beskrivning av nyttan", "field");
        press("Mindre tid på att leta upp frånvaro i två system.");
        Axe.check(browser, "the need form, filled in");
        tabTo("Föreslå behovet", "button");
        press(Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Behovet ”" + statement + "” är föreslaget."));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[@data-testid='need-card'][contains(., '" + statement + "')]")));
        JsonNode needs = teacherApi.json("/api/procurements/" + procurement + "/needs");
        assertThat(needs.toString()).contains(statement, "HIGH", "Mindre tid på att leta upp frånvaro i två system.");
    }

    @Test
    void aBuyerDraftsAndPublishesAnAnswerWithTheKeyboardOnly() {
        ApiSession buyerApi = ApiSession.login("larande-buyer1");
        ApiSession edulab = ApiSession.login("edulab-2");
        String procurement = procurementWithTeam(buyerApi);
        String base = "/api/procurements/" + procurement;
        assertThat(buyerApi.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        assertThat(buyerApi.post(base + "/requirements", """
                {"text":"Data ska kunna exporteras i öppet format.","kind":"MANDATORY","category":"EXIT_AND_PORTABILITY"}""")
                .statusCode()).isEqualTo(201);
        inviteEveryVendorAndPublish(buyerApi, base, 20);
        String question = ApiSession.parse(edulab.post("/api/vendor/procurements/" + procurement + "/questions",
                "{\"text\":\"Räknas ODS som ett öppet format?\"}").body()).get("id").asString();

        browser = chromium.driver();
        logIn("larande-buyer1", "/upphandlingar/" + procurement + "?flik=fragor");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=team-question]")));
        Axe.check(browser, "the questions tab");

        tabTo("Svar", "field");
        press("Ja, ODS räknas som ett öppet format.");
        tabTo("Spara utkast", "button");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Utkastet är sparat."));
        assertThat(buyerApi.json(base + "/questions").toString()).contains("Ja, ODS räknas som ett öppet format.");

        tabTo("Publicera till alla leverantörer", "button");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=confirm-publish-answer]")));
        Axe.check(browser, "the confirmation before publishing");
        tabTo("Ja, publicera svaret", "button");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Svaret är publicerat till alla inbjudna leverantörer."));

        JsonNode published = edulab.json("/api/vendor/procurements/" + procurement + "/questions");
        assertThat(published.toString()).contains(question, "Ja, ODS räknas som ett öppet format.");
    }

    /** The login page by the keyboard: Tab to each field, type, Enter. */
    private void logIn(String username, String path) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(DevStackInitializer.appBaseUrl() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        tabToId("username");
        press(username);
        tabToId("password");
        press("demo", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=logout]")));
    }

    /** Presses Tab until the control named so has the focus (Shift+Tab back once if it went past at the end of the page). */
    private void tabTo(String name, String kind) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(browser.executeScript(FOCUSED_IS, name, kind))) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the " + kind + " '" + name + "' (" + MAX_TABS + " presses); the focus is on "
                + browser.executeScript("const e = document.activeElement; return e ? e.outerHTML.slice(0, 200) : 'nothing';"));
    }

    private void tabToId(String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(browser.executeScript("return document.activeElement && document.activeElement.id === arguments[0];", id))) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    /** Picks the focused select's first real option by typing the start of its text, as a keyboard user does. */
    private void chooseByTyping() {
        String option = (String) browser.executeScript("""
                const s = document.activeElement;
                return [...s.options].find(o => o.value !== '').textContent.trim().split(' ')[0];""");
        press(option);
        assertThat((String) browser.executeScript("return document.activeElement.value;")).as("typing chose an option").isNotEmpty();
    }

    /** Keys to whatever has the focus. */
    private void press(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }
}
