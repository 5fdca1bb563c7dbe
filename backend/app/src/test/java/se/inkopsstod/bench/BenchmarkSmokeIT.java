package se.inkopsstod.bench;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import se.inkopsstod.testing.InkopsstodIntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A few seconds of the benchmark against the test stack, so that the program never rots; its figures mean nothing here. */
@InkopsstodIntegrationTest
class BenchmarkSmokeIT {

    @Value("${spring.datasource.url}")
    String jdbcUrl;

    @Test
    void theBenchmarkRunsEveryPhaseAndPrintsItsFigures() throws Exception {
        Benchmark benchmark = new Benchmark(jdbcUrl, Benchmark.Options.SMOKE);
        List<Benchmark.Figure> figures = benchmark.run();
        System.out.println(benchmark.table());
        assertThat(figures).extracting(Benchmark.Figure::name).anyMatch(n -> n.startsWith("PostgreSQL baseline"))
                .anyMatch(n -> n.startsWith("edits through the API")).anyMatch(n -> n.contains("workspace reads"))
                .anyMatch(n -> n.startsWith("edit of an item with")).anyMatch(n -> n.startsWith("heap"));
        assertThat(figures).filteredOn(f -> f.name().startsWith("edits through the API"))
                .allSatisfy(f -> assertThat(f.value()).doesNotStartWith("0 /s").doesNotContain("NaN"));
    }
}
