package se.inkopsstod.testing;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Headless Debian Chromium driven by Selenium. Browser tests never skip: without Chromium they
 * fail and say how to install it (.ci/run does).
 */
public final class Browser {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    /** A running browser, the chromedriver process that drives it, and where its downloads land. */
    public record Session(ChromeDriver driver, ChromeDriverService service, Path downloads) {

        /** Ends the browser even while a command is stuck in it: the stuck command then fails. */
        public void kill() {
            service.stop();
        }
    }

    public static Session start() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium and its driver: apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        Path downloads;
        try {
            downloads = Files.createTempDirectory("chromium-downloads");
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=sv-SE",
                    "--disable-extensions", "--disable-renderer-backgrounding",
                    "--disable-background-timer-throttling", "--disable-backgrounding-occluded-windows",
                    "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        // a page that never finishes loading fails the step instead of blocking the test run
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Session(driver, service, downloads);
    }
}
