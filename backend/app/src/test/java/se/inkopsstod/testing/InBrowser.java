package se.inkopsstod.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** What browser tests do with files and forms: fetch a download as the page would, find an input by its label. */
public final class InBrowser {

    private InBrowser() {
    }

    /** The file at {@code href} as the logged-in browser gets it (its session cookie, its own request). */
    public static byte[] downloaded(ChromeDriver browser, String href) {
        Object base64 = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then(r => r.ok ? r.blob() : Promise.reject(new Error('HTTP ' + r.status)))
                  .then(blob => { const reader = new FileReader(); reader.onload = () => done(reader.result.split(',')[1]); reader.readAsDataURL(blob); })
                  .catch(e => done('error: ' + e.message));""", href);
        assertThat(String.valueOf(base64)).doesNotStartWith("error");
        return Base64.getDecoder().decode(String.valueOf(base64));
    }

    /** Opens {@code path} of the app and logs in there through the identity provider's form as a demo user. */
    public static void logIn(ChromeDriver browser, String path, String username) {
        browser.get(DevStackInitializer.appBaseUrl() + path);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /** The input a visible label names. */
    public static WebElement input(ChromeDriver browser, String label) {
        return browser.findElement(By.id(browser.findElement(By.xpath("//label[normalize-space()='" + label + "']")).getAttribute("for")));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
