package se.inkopsstod.e2e;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
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
import se.inkopsstod.testing.TestClock;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The legal end of a procurement in the browser: the vendor attaches a PDF to its tender before
 * submitting it; after the deadline a buyer appoints two openers,
 * both confirm (each in their own browser, each asked first), the opening record shows the tender
 * and the evaluation its file, downloaded with the SHA-256 it was attached with;
 * the buyer awards after a confirmation, reads the documentation record and downloads it as a PDF that names
 * the opening, the openers and the award, and the vendor reads the decision and the standstill end.
 */
@InkopsstodIntegrationTest
class OpeningAndAwardE2E {

    @RegisterExtension
    final BrowserExtension buyerBrowser = new BrowserExtension();
    @RegisterExtension
    final BrowserExtension teacherBrowser = new BrowserExtension();
    @RegisterExtension
    final BrowserExtension vendorBrowser = new BrowserExtension();

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    @Test
    void twoOpenersOpenTheTendersTheBuyerAwardsAndTheVendorSeesTheStandstill() throws IOException {
        ApiSession buyerApi = ApiSession.login("alvstad-buyer2");
        ApiSession teacherApi = ApiSession.login("alvstad-user1");
        ApiSession vendorApi = ApiSession.login("edulab-1");
        String procurement = procurementWithTeam(buyerApi, teacherApi);
        String base = "/api/procurements/" + procurement;
        assertThat(buyerApi.put(base + "/phase", "{\"phase\":\"REQUIREMENTS\"}").statusCode()).isEqualTo(200);
        String requirement = ApiSession.parse(buyerApi.post(base + "/requirements", """
                {"text":"Support på svenska vardagar.","kind":"MANDATORY","category":"SUPPORT_AND_TRAINING"}""").body())
                .get("id").asString();
        inviteEveryVendorAndPublish(buyerApi, base, 20);
        String tender = "/api/vendor/procurements/" + procurement + "/tender";
        assertThat(vendorApi.put(tender, """
                {"responses":[{"requirementId":"%s","compliance":"MEETS"}],"priceSek":734500}""".formatted(requirement))
                .statusCode()).isEqualTo(200);

        // the vendor attaches a product sheet in its browser: sealed with the tender, part of it once submitted
        String fileName = "Produktblad-" + UUID.randomUUID().toString().substring(0, 6) + ".pdf";
        byte[] pdf = tinyPdf("Produktblad Edulab");
        Path file = Files.createTempDirectory("tender-attachments-e2e").resolve(fileName);
        Files.write(file, pdf);
        String sha256 = sha256(pdf);
        ChromeDriver vendor = vendorBrowser.driver();
        WebDriverWait waitVendor = new WebDriverWait(vendor, Duration.ofSeconds(20));
        open(vendor, "edulab-1", "/upphandlingar/" + procurement, "[data-testid=tender-attachment-upload]");
        WebElement tenderFiles = vendor.findElement(By.cssSelector("[data-testid=vendor-tender-attachments]"));
        assertThat(tenderFiles.getText()).contains("Bilagor till anbudet", "förseglas som anbudet");
        waitVendor.until(ExpectedConditions.textToBePresentInElement(tenderFiles, "Inga bilagor till anbudet."));
        input(vendor, "Välj en fil att bifoga anbudet").sendKeys(file.toAbsolutePath().toString());
        tenderFiles.findElement(By.xpath(".//button[normalize-space()='Ladda upp']")).click();
        waitVendor.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=vendor-tender-attachments] [role=status]"), fileName + " är bifogad anbudet."));
        WebElement attached = waitVendor.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@data-testid='tender-attachment'][.//a[normalize-space()='" + fileName + "']]")));
        assertThat(attached.getText()).contains("Inte inlämnad än", "SHA-256: " + sha256.substring(0, 12));
        assertThat(attached.findElement(By.cssSelector("[data-testid=tender-attachment-sha256]")).getAttribute("textContent"))
                .isEqualTo(sha256);
        assertThat(vendor.findElements(By.cssSelector("[data-testid=tender-attachment-progress]"))).as("the upload is over").isEmpty();
        Axe.check(vendor, "the vendor's tender with a file");

        assertThat(vendorApi.post(tender + "/submit", "").statusCode()).isEqualTo(200);
        vendor.navigate().refresh();
        waitVendor.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=tender-attachment-submitted]"), "Ingår i det inlämnade anbudet"));
        TestClock.advance(Duration.ofDays(21));
        String buyerName = buyerApi.json("/api/me").get("name").asString();
        String teacherName = teacherApi.json("/api/me").get("name").asString();

        ChromeDriver buyer = buyerBrowser.driver();
        open(buyer, "alvstad-buyer2", "/upphandlingar/" + procurement + "?flik=anbud", "[data-testid=opening]");
        WebDriverWait waitBuyer = new WebDriverWait(buyer, Duration.ofSeconds(20));
        waitBuyer.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=sealed]"), "förseglade"));
        assertThat(buyer.findElements(By.cssSelector("[data-testid=opened-tender-files]"))).as("sealed: no files shown").isEmpty();
        Axe.check(buyer, "the tenders tab, sealed");
        assertThat(buyer.getPageSource()).doesNotContain(fileName);
        buyer.findElement(By.xpath("//label[normalize-space()='" + buyerName + "']")).click();
        buyer.findElement(By.xpath("//label[normalize-space()='" + teacherName + "']")).click();
        buyer.findElement(By.xpath("//button[normalize-space()='Utse öppnare']")).click();
        waitBuyer.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=openers]"), teacherName));
        confirmOpening(buyer);
        waitBuyer.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=openers]"), "Bekräftade"));
        assertThat(buyer.findElements(By.cssSelector("[data-testid=opening-record]"))).as("one opener opens nothing").isEmpty();

        ChromeDriver teacher = teacherBrowser.driver();
        open(teacher, "alvstad-user1", "/upphandlingar/" + procurement + "?flik=anbud", "[data-testid=opening]");
        confirmOpening(teacher);
        WebElement record = new WebDriverWait(teacher, Duration.ofSeconds(20)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=opening-record]")));
        assertThat(record.getText()).contains("Edulab", "734", buyerName, teacherName);
        Axe.check(teacher, "the opening record");

        buyer.navigate().refresh();
        waitBuyer.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=evaluation-table]")));
        // the tender's file as submitted, the bytes the vendor attached
        WebElement openedFile = waitBuyer.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//*[@data-testid='opened-tender-file'][.//a[normalize-space()='" + fileName + "']]")));
        assertThat(openedFile.findElement(By.cssSelector("[data-testid=opened-tender-file-sha256]")).getAttribute("textContent"))
                .isEqualTo(sha256);
        String openedHref = openedFile.findElement(By.linkText(fileName)).getAttribute("href");
        assertThat(openedHref).contains(base + "/tenders/");
        byte[] opened = downloaded(buyer, openedHref);
        assertThat(sha256(opened)).isEqualTo(sha256);
        assertThat(opened).isEqualTo(pdf);
        Axe.check(buyer, "the evaluation after the opening");
        WebElement reasoning = buyer.findElement(By.id(buyer.findElement(By.xpath(
                "//label[normalize-space()='Motivering (alla leverantörer läser den)']")).getAttribute("for")));
        reasoning.sendKeys("Enda anbudet, uppfyller alla ska-krav.");
        buyer.findElement(By.xpath("//button[normalize-space()='Tilldela']")).click();
        WebElement confirmAward = waitBuyer.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=confirm-award]")));
        assertThat(confirmAward.getText()).contains("Edulab");
        Axe.check(buyer, "the award confirmation dialog");
        confirmAward.findElement(By.xpath(".//button[normalize-space()='Ja, tilldela']")).click();
        WebElement standstill = waitBuyer.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=standstill]")));
        assertThat(standstill.getText()).contains("Avtalsspärr till");
        assertThat(buyer.findElement(By.xpath("//button[normalize-space()='Registrera avtalet som tecknat']")).isEnabled()).isFalse();
        Axe.check(buyer, "the standstill after the award");

        // the documentation record, from the workspace, as a page and as the PDF the browser downloads
        buyer.findElement(By.linkText("Upphandlingsdokumentation")).click();
        WebElement documentation = waitBuyer.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=record]")));
        assertThat(documentation.getText()).contains("Anbudsöppning", "Anbuden öppnades (öppningsprotokoll)", "734 500 kr",
                "Tilldelningsbeslut: kontraktet tilldelas Edulab", "Avtalsspärren löper till",
                "Bilaga till anbudet: «" + fileName + "»", "SHA-256 " + sha256);
        Axe.check(buyer, "the documentation record");
        String pdfText = pdfText(downloaded(buyer, buyer.findElement(By.cssSelector("[data-testid=record-pdf]")).getAttribute("href")));
        assertThat(pdfText).contains("Upphandlingsdokumentation", "Support på svenska vardagar.", "Anbuden öppnades (öppningsprotokoll)",
                "734 500 kr", buyerName, teacherName, "Enda anbudet, uppfyller alla ska-krav.", "Avtalsspärren löper till", sha256);

        // still logged in from attaching the file
        vendor.get(DevStackInitializer.appBaseUrl() + "/upphandlingar/" + procurement);
        waitVendor.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=vendor-decision]")));
        WebElement decision = vendor.findElement(By.cssSelector("[data-testid=vendor-decision]"));
        assertThat(decision.getText()).contains("Ni har tilldelats kontraktet", "Enda anbudet", "Lägsta pris");
        assertThat(vendor.findElement(By.cssSelector("[data-testid=standstill]")).getText()).contains("Avtalsspärr");
        assertThat(vendor.findElement(By.cssSelector("[data-testid=tenders-opened]")).getText()).contains("Anbuden öppnades");
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void open(ChromeDriver browser, String username, String path, String waitFor) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(DevStackInitializer.appBaseUrl() + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(waitFor)));
    }

    private static void confirmOpening(ChromeDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Bekräfta öppning']"))).click();
        WebElement dialog = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=confirm-opening]")));
        assertThat(dialog.getText()).contains("Det går inte att ångra");
        Axe.check(browser, "the opening confirmation dialog");
        dialog.findElement(By.xpath(".//button[normalize-space()='Ja, bekräfta öppningen']")).click();
    }
}
