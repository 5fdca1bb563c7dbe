package se.inkopsstod.insights.benchmark;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import se.inkopsstod.insights.store.InsightsRebuild;
import se.inkopsstod.platform.web.Blocking;
import se.inkopsstod.shared.CurrentUser;
import se.inkopsstod.shared.InvalidInputException;
import se.inkopsstod.shared.Role;

import java.util.Map;
import java.util.Set;

/**
 * Benchmarks for association staff (the dashboard) and for tenants (their own figures beside
 * similar huvudmän). Vendors see none. Every figure passes the suppression rule.
 */
@RestController
class BenchmarkController {

    private static final Set<String> SIZE_BANDS = Set.of("SMALL", "MEDIUM", "LARGE", "VERY_LARGE");

    private final Benchmarks benchmarks;
    private final InsightsRebuild rebuild;

    BenchmarkController(Benchmarks benchmarks, InsightsRebuild rebuild) {
        this.benchmarks = benchmarks;
        this.rebuild = rebuild;
    }

    @GetMapping("/api/insights/benchmarks")
    Mono<BenchmarkView> benchmarks(CurrentUser user, @RequestParam(required = false) String category,
                                   @RequestParam(required = false) String sizeBand) {
        user.require(Role.ASSOCIATION_STAFF, Role.BUYER, Role.USER, Role.TENANT_ADMIN);
        if (sizeBand != null && !SIZE_BANDS.contains(sizeBand)) {
            throw new InvalidInputException("insights.size-band", "sizeBand", "One of " + SIZE_BANDS + ".").withArguments(String.join(", ", new java.util.TreeSet<>(SIZE_BANDS)));
        }
        if (category != null && (category.isBlank() || category.length() > 64)) {
            throw new InvalidInputException("insights.category", "category", "A product category id.");
        }
        return Blocking.call(() -> benchmarks.of(category, sizeBand));
    }

    @GetMapping("/api/insights/benchmarks/mine")
    Mono<ComparisonView> mine(CurrentUser user) {
        user.require(Role.BUYER, Role.USER, Role.TENANT_ADMIN);
        return Blocking.call(() -> benchmarks.comparisonFor(user.tenantId()));
    }

    /** Operations: rebuild the insights read models by replaying the insights topics from the start. */
    @PostMapping("/api/insights/rebuild")
    Mono<Map<String, Long>> rebuild(CurrentUser user) {
        user.require(Role.PLATFORM_ADMIN);
        return Blocking.call(() -> Map.of("replayed", rebuild.rebuild()));
    }
}
