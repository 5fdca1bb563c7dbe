package se.inkopsstod.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A few seconds of the benchmark against the test stack, so that the program never rots; its figures mean nothing here. */
@InkopsstodIntegrationTest
class BenchmarkSmokeIT {

    @Autowired
    ApplicationContext app;

    @Test
    void theBenchmarkRunsEveryPhaseAndPrintsItsFigures() throws Exception {
        Benchmark benchmark = new Benchmark(app, Benchmark.Options.SMOKE);
        List<Benchmark.Figure> figures = benchmark.run();
        System.out.println(benchmark.table());
        assertThat(figures).extracting(Benchmark.Figure::name).anyMatch(n -> n.startsWith("PostgreSQL baseline"))
                .anyMatch(n -> n.startsWith("edits through the API")).anyMatch(n -> n.contains("workspace reads"))
                .anyMatch(n -> n.startsWith("edit of an item with")).anyMatch(n -> n.contains("loading that item"))
                .anyMatch(n -> n.startsWith("edit-to-visible")).anyMatch(n -> n.startsWith("projection lag"))
                .anyMatch(n -> n.startsWith("rebuild")).anyMatch(n -> n.startsWith("heap"));
        assertThat(figures).filteredOn(f -> f.name().contains("changes delivered"))
                .allSatisfy(f -> assertThat(f.value()).doesNotStartWith("0 of"));
        assertThat(figures).filteredOn(f -> f.name().startsWith("edits through the API"))
                .allSatisfy(f -> assertThat(f.value()).doesNotStartWith("0 /s").doesNotContain("NaN"));
    }
}
