package se.inkopsstod.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A fresh headless Chromium per test. When a test fails, its screenshot and HTML are kept in
 * target/e2e-evidence; the browser is closed after JUnit has reported the outcome. A browser
 * still busy after {@link #DEADLINE} is killed, so a stuck browser fails its test instead of
 * holding up the whole test run.
 *
 * <p>After a test that passed, the page its browser shows last is checked with axe ({@link Axe}):
 * a serious or critical accessibility violation there fails the test. The tests check the pages
 * they pass on the way themselves.
 */
public final class BrowserExtension implements BeforeEachCallback, AfterEachCallback, TestWatcher {

    static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "browser-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private ChromeDriver driver;
    private Browser.Session session;
    private ScheduledFuture<?> deadline;

    public ChromeDriver driver() {
        return driver;
    }

    /** Where files the page offers for download end up. */
    public Path downloads() {
        return session.downloads();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Browser.Session started = Browser.start();
        session = started;
        driver = started.driver();
        deadline = WATCHDOG.schedule(started::kill, DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (driver == null || context.getExecutionException().isPresent()) {
            return;
        }
        String url = driver.getCurrentUrl();
        if (url == null || !url.startsWith("http")) {
            return; // a browser the test never used
        }
        Axe.check(driver, "the last page of " + context.getRequiredTestMethod().getName());
    }

    /** Checks the page this browser shows now with axe. */
    public void axe(String pageName) {
        Axe.check(driver, pageName);
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
        if (deadline != null) {
            deadline.cancel(false);
        }
        if (driver != null) {
            try {
                driver.quit();
            } catch (RuntimeException alreadyKilled) {
                session.kill();
            }
            driver = null;
        }
    }
}
