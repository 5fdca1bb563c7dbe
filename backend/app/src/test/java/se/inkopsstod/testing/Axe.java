package se.inkopsstod.testing;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A real axe-core run in the page the browser shows: the browser tests call {@link #check} at each
 * page state worth checking, and {@link BrowserExtension} checks the last page of every browser
 * after a passing test. A serious or critical violation fails the test with the rule, its impact,
 * the elements (CSS selectors) and axe's help; minor and moderate ones do not (yet), but every
 * violation is listed in target/axe-report.txt.
 *
 * <p>axe.min.js is the npm package {@code axe-core}, a devDependency of the frontend: its Maven
 * build copies the file into a jar with the classifier {@code axe} (frontend/pom.xml), which this
 * module takes with test scope, so it is read from the class path, without network.
 *
 * <p>Nothing is excluded from the run.
 */
public final class Axe {

    static final String SCRIPT_RESOURCE = "/axe-core/axe.min.js";
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static volatile String script;

    private Axe() {
    }

    /** Runs axe over the whole document; fails on any serious or critical violation, naming {@code pageName}. */
    public static void check(WebDriver driver, String pageName) {
        List<Violation> all = violations(driver);
        report(pageName, driver.getCurrentUrl(), all);
        List<Violation> failing = all.stream().filter(v -> FAILING_IMPACTS.contains(v.impact())).toList();
        if (!failing.isEmpty()) {
            throw new AssertionError("axe found " + failing.size() + " serious or critical accessibility violation(s) on "
                    + pageName + " (" + driver.getCurrentUrl() + "):\n"
                    + failing.stream().map(Violation::describe).collect(Collectors.joining("\n")));
        }
    }

    /** One rule broken on the page: its id, impact, axe's help text and link, and the elements that break it. */
    public record Violation(String id, String impact, String help, String helpUrl, List<String> targets) {

        String describe() {
            return "  - " + id + " [" + impact + "] " + help + " (" + helpUrl + ")\n"
                    + targets.stream().map(t -> "      at " + t).collect(Collectors.joining("\n"));
        }
    }

    /** Every violation axe reports on the current page, of any impact. */
    @SuppressWarnings("unchecked")
    public static List<Violation> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(script());
        }
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done({ violations: r.violations.map(v => ({
                      id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                      targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : String(t)).join(' ')
                          + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\\s+/g, ' ') : '')) })) }))
                  .catch(e => done({ error: String(e) }));""");
        Map<String, Object> map = (Map<String, Object>) result;
        if (map.containsKey("error")) {
            throw new AssertionError("axe could not run on " + driver.getCurrentUrl() + ": " + map.get("error"));
        }
        return ((List<Map<String, Object>>) map.get("violations")).stream()
                .map(v -> new Violation((String) v.get("id"), (String) v.get("impact"), (String) v.get("help"),
                        (String) v.get("helpUrl"), (List<String>) v.get("targets")))
                .toList();
    }

    /** Every violation, minor ones too, goes to target/axe-report.txt: what to fix next. */
    private static synchronized void report(String pageName, String url, List<Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        try {
            Path file = Files.createDirectories(Path.of("target")).resolve("axe-report.txt");
            Files.writeString(file, pageName + " (" + url + "):\n"
                    + violations.stream().map(Violation::describe).collect(Collectors.joining("\n")) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String script() {
        if (script == null) {
            try (InputStream in = Axe.class.getResourceAsStream(SCRIPT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(SCRIPT_RESOURCE + " is not on the test class path: build the frontend"
                            + " (mvn -pl frontend install -DskipTests), whose jar with the classifier 'axe' carries it");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }
}
