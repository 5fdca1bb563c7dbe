package se.inkopsstod.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.Axe;
import se.inkopsstod.testing.BrowserExtension;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;

/**
 * A buyer writes a requirement for a need in the browser; a colleague with the requirements tab
 * open sees it appear without reloading, and the trace tab shows the need as covered.
 */
@InkopsstodIntegrationTest
class RequirementsWorkspaceE2E {

    @RegisterExtension
    final BrowserExtension buyerBrowser = new BrowserExtension();
    @RegisterExtension
    final BrowserExtension userBrowser = new BrowserExtension();

    @Test
    void aRequirementWrittenInOneBrowserAppearsInTheOtherAndCoversItsNeed() {
        ApiSession buyerApi = ApiSession.login("fjallby-buyer2");
        ApiSession userApi = ApiSession.login("fjallby-user1");
        String procurement = procurementWithTeam(buyerApi, userApi);
        String need = "Elever ser sitt schema i mobilen " + UUID.randomUUID().toString().substring(0, 6);
        assertThat(buyerApi.post("/api/procurements/" + procurement + "/needs", """
                {"statement":"%s","perspective":"student","schoolProcess":"scheduling","priority":"HIGH"}""".formatted(need))
                .statusCode()).isEqualTo(201);

        ChromeDriver user = userBrowser.driver();
        ChromeDriver buyer = buyerBrowser.driver();
        open(user, "fjallby-user1", procurement, "krav");
        open(buyer, "fjallby-buyer2", procurement, "krav");
        user.executeScript("window.__notReloaded = true;");

        WebDriverWait wait = new WebDriverWait(buyer, Duration.ofSeconds(10));
        buyer.findElement(By.xpath("//button[normalize-space()='Nytt krav']")).click();
        String text = "Schemat ska visas i elevens app " + UUID.randomUUID().toString().substring(0, 6);
        field(buyer, wait, "Kravtext").sendKeys(text);
        new Select(field(buyer, wait, "Kategori")).selectByVisibleText("Funktion");
        Axe.check(buyer, "the requirement form");
        buyer.findElement(By.xpath("//label[normalize-space()='" + need + "']")).click();
        buyer.findElement(By.xpath("//button[normalize-space()='Spara kravet']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Kravet är sparat."));
        Axe.check(buyer, "the requirements tab");

        // the requirements go to a spreadsheet with the need each serves spelled out
        buyer.findElement(By.xpath("//button[normalize-space()='Exportera till Excel (CSV)']")).click();
        Path exported = wait.until(browser -> downloaded(buyerBrowser.downloads(), "-krav.csv"));
        String csv = readString(exported);
        assertThat(csv).startsWith("\uFEFFNr;Krav;Typ;Vikt;Viktandel (%);Kategori;Verifieringsmetod;Behov\r\n")
                .contains("1;" + text + ";Ska-krav;;;Funktion;;" + need);

        WebElement card = new WebDriverWait(user, Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@data-testid='requirement-card'][contains(., '" + text + "')]")));
        assertThat(card.getText()).contains("Ska-krav", "Funktion", need);
        assertThat(user.executeScript("return window.__notReloaded === true;")).isEqualTo(true);

        user.findElement(By.xpath("//button[@role='tab'][normalize-space()='Spårbarhet']")).click();
        WebElement matrix = new WebDriverWait(user, Duration.ofSeconds(5)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=trace-matrix]")));
        Axe.check(user, "the trace matrix");
        assertThat(matrix.findElement(By.xpath(".//tr[th[normalize-space()='" + need + "']]")).getText()).contains("✓");
        assertThat(user.getCurrentUrl()).endsWith("flik=sparbarhet");
    }

    /** The finished download whose name ends so, or null while there is none (Chromium writes to a .crdownload first). */
    private static Path downloaded(Path directory, String suffix) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebElement field(ChromeDriver browser, WebDriverWait wait, String label) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[normalize-space(.)='" + label + "']")));
        return browser.findElement(By.id(element.getAttribute("for")));
    }

    private static void open(ChromeDriver browser, String username, String procurement, String tab) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(DevStackInitializer.appBaseUrl() + "/upphandlingar/" + procurement + "?flik=" + tab);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=requirements-panel]")));
    }
}
