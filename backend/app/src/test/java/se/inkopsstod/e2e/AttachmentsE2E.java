package se.inkopsstod.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.inkopsstod.testing.ApiSession;
import se.inkopsstod.testing.Axe;
import se.inkopsstod.testing.BrowserExtension;
import se.inkopsstod.testing.DevStackInitializer;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static se.inkopsstod.testing.InBrowser.downloaded;
import static se.inkopsstod.testing.InBrowser.input;
import static se.inkopsstod.testing.InBrowser.sha256;
import static se.inkopsstod.procurement.WorkspaceApi.inviteEveryVendorAndPublish;
import static se.inkopsstod.procurement.WorkspaceApi.procurementWithTeam;
import static se.inkopsstod.procurement.attachment.AttachmentFixtures.tinyPdf;

/**
 * Attachments in the browser: a buyer attaches a PDF to the procurement through the file input,
 * sees it attached and listed with its SHA-256, downloads exactly those bytes; once the tender is
 * published an invited vendor sees the file, read-only, and downloads the same bytes.
 */
@InkopsstodIntegrationTest
class AttachmentsE2E {

    @RegisterExtension
    final BrowserExtension buyerBrowser = new BrowserExtension();
    @RegisterExtension
    final BrowserExtension vendorBrowser = new BrowserExtension();

    @Test
    void aBuyerAttachesAPdfAndAnInvitedVendorDownloadsItAfterPublication() throws IOException {
        ApiSession buyerApi = ApiSession.login("larande-buyer1");
        String procurement = procurementWithTeam(buyerApi);
        String base = "/api/procurements/" + procurement;
        assertThat(buyerApi.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        assertThat(buyerApi.post(base + "/requirements", """
                {"text":"Support på svenska vardagar.","kind":"MANDATORY","category":"SUPPORT_AND_TRAINING"}""").statusCode())
                .isEqualTo(201);

        String fileName = "Avtalsutkast-" + UUID.randomUUID().toString().substring(0, 6) + ".pdf";
        byte[] pdf = tinyPdf("Avtalsutkast for Inkopsstod");
        Path file = Files.createTempDirectory("attachments-e2e").resolve(fileName);
        Files.write(file, pdf);
        String sha256 = sha256(pdf);

        ChromeDriver buyer = buyerBrowser.driver();
        WebDriverWait waitBuyer = new WebDriverWait(buyer, Duration.ofSeconds(20));
        open(buyer, "larande-buyer1", "/upphandlingar/" + procurement + "?flik=bilagor", "[data-testid=attachment-upload]");
        WebElement panel = buyer.findElement(By.cssSelector("[data-testid=attachments-panel]"));
        // the upload form shows at once, the list once loaded
        waitBuyer.until(ExpectedConditions.textToBePresentInElement(panel, "Inga bilagor ännu."));
        input(buyer, "Välj en fil att bifoga").sendKeys(file.toAbsolutePath().toString());
        panel.findElement(By.xpath(".//button[normalize-space()='Ladda upp']")).click();

        waitBuyer.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=attachments-panel] [role=status]"), fileName + " är bifogad."));
        WebElement listed = waitBuyer.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@data-testid='attachment'][.//a[normalize-space()='" + fileName + "']]")));
        assertThat(listed.getText()).contains("byte", "Bifogad av", "SHA-256: " + sha256.substring(0, 12));
        assertThat(listed.findElement(By.cssSelector("[data-testid=attachment-sha256]")).getAttribute("textContent")).isEqualTo(sha256);
        assertThat(buyer.findElements(By.cssSelector("[data-testid=attachment-progress]"))).as("the upload is over").isEmpty();
        WebElement link = listed.findElement(By.linkText(fileName));
        assertThat(link.getAttribute("download")).isEqualTo(fileName);
        byte[] downloaded = downloaded(buyer, link.getAttribute("href"));
        assertThat(sha256(downloaded)).isEqualTo(sha256);
        assertThat(downloaded).isEqualTo(pdf);
        Axe.check(buyer, "the attachments tab with a file");

        inviteEveryVendorAndPublish(buyerApi, base, 20);

        ChromeDriver vendor = vendorBrowser.driver();
        open(vendor, "edulab-1", "/upphandlingar/" + procurement, "[data-testid=published-requirement]");
        WebElement vendorPanel = new WebDriverWait(vendor, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@data-testid='attachments-panel'][.//a[normalize-space()='" + fileName + "']]")));
        assertThat(vendorPanel.getText()).doesNotContain("Bifogad av").doesNotContain("Ta bort");
        // the procurement's files are read only for vendors (the page's one file input is for the vendor's own tender)
        assertThat(vendorPanel.findElements(By.cssSelector("input[type=file]"))).as("vendors read only").isEmpty();
        new WebDriverWait(vendor, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-testid=vendor-tender-attachments] input[type=file]")));
        assertThat(vendor.findElements(By.cssSelector("input[type=file]"))).hasSize(1);
        Axe.check(vendor, "the vendor's published procurement");
        String vendorHref = vendorPanel.findElement(By.linkText(fileName)).getAttribute("href");
        assertThat(vendorHref).contains("/api/vendor/procurements/" + procurement + "/attachments/");
        assertThat(sha256(downloaded(vendor, vendorHref))).isEqualTo(sha256);
    }

    private static void open(ChromeDriver browser, String username, String path, String waitFor) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(DevStackInitializer.appBaseUrl() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(waitFor)));
    }
}
