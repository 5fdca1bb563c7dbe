package se.inkopsstod.testing;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A fresh headless Chromium per test. When a test fails, its screenshot and HTML are kept in
 * target/e2e-evidence; the browser is closed after JUnit has reported the outcome.
 */
public final class BrowserExtension implements BeforeEachCallback, TestWatcher {

    private ChromeDriver driver;

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        driver = Browser.start();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver != null) {
            try {
                Path dir = Files.createDirectories(Path.of("target", "e2e-evidence"));
                String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
                Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
                Files.writeString(dir.resolve(name + ".html"), driver.getCurrentUrl() + "\n" + driver.getPageSource());
            } catch (IOException | RuntimeException e) {
                cause.addSuppressed(e);
            }
        }
        quit();
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        quit();
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        quit();
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        quit();
    }

    private void quit() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }
}
