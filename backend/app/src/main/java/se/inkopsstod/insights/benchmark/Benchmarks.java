package se.inkopsstod.insights.benchmark;

import org.springframework.stereotype.Component;
import se.inkopsstod.insights.store.InsightsStore;
import se.inkopsstod.outcomes.contract.OutcomeShared;
import se.inkopsstod.outcomes.contract.Pseudonyms;
import se.inkopsstod.shared.TenantId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/** Computes benchmark cells from the insights read model, each through the {@link Suppression} rule. */
@Component
public class Benchmarks {

    private final InsightsStore store;
    private final Pseudonyms pseudonyms;

    Benchmarks(InsightsStore store, Pseudonyms pseudonyms) {
        this.store = store;
        this.pseudonyms = pseudonyms;
    }

    public BenchmarkView of(String productCategory, String sizeBand) {
        List<OutcomeShared> all = store.outcomes(null);
        Map<String, Integer> categories = new TreeMap<>();
        all.forEach(o -> categories.merge(o.productCategory(), 1, Integer::sum));
        List<OutcomeShared> rows = all.stream()
                .filter(o -> productCategory == null || o.productCategory().equals(productCategory))
                .filter(o -> sizeBand == null || o.cohort().sizeBand().equals(sizeBand))
                .toList();
        List<Cell> metrics = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            metrics.add(cell(metric.name(), rows, metric::of));
        }
        TreeSet<String> requirementCategories = new TreeSet<>();
        rows.forEach(o -> requirementCategories.addAll(o.requirementsByCategory().keySet()));
        List<Cell> mix = requirementCategories.stream().map(category -> cell(category, rows, o -> o.requirementCount() == 0 ? null
                : 100.0 * o.requirementsByCategory().getOrDefault(category, 0) / o.requirementCount())).toList();
        TreeSet<String> quarters = new TreeSet<>();
        rows.stream().map(OutcomeShared::awardedQuarter).filter(Objects::nonNull).forEach(quarters::add);
        List<BenchmarkView.Trend> trends = quarters.stream().map(quarter -> {
            List<OutcomeShared> inQuarter = filter(rows, o -> quarter.equals(o.awardedQuarter()));
            return new BenchmarkView.Trend(quarter, cell("SATISFACTION", inQuarter, Metric.SATISFACTION::of),
                    cell("BENEFIT_REALISED_PERCENT", inQuarter, Metric.BENEFIT_REALISED_PERCENT::of));
        }).toList();
        TreeSet<String> templates = new TreeSet<>();
        rows.forEach(o -> templates.addAll(o.templateKeys()));
        List<BenchmarkView.TemplateUse> library = templates.stream().map(key -> {
            List<OutcomeShared> using = filter(rows, o -> o.templateKeys().contains(key));
            return new BenchmarkView.TemplateUse(key, using.size(), cell("SATISFACTION", using, Metric.SATISFACTION::of),
                    cell("BENEFIT_REALISED_PERCENT", using, Metric.BENEFIT_REALISED_PERCENT::of));
        }).sorted(Comparator.comparingInt(BenchmarkView.TemplateUse::procurements).reversed()).toList();
        return new BenchmarkView(productCategory, sizeBand, categories, metrics, mix, trends, library);
    }

    /** The tenant's own figures per product category beside the same size band's, without the tenant itself. */
    public ComparisonView comparisonFor(TenantId tenant) {
        String ref = pseudonyms.tenant(tenant.value());
        List<OutcomeShared> all = store.outcomes(null);
        List<OutcomeShared> own = filter(all, o -> o.tenantRef().equals(ref));
        if (own.isEmpty()) {
            return new ComparisonView(null, List.of());
        }
        String sizeBand = own.get(own.size() - 1).cohort().sizeBand();
        TreeSet<String> categories = new TreeSet<>();
        own.forEach(o -> categories.add(o.productCategory()));
        List<ComparisonView.Category> result = categories.stream().map(category -> {
            List<OutcomeShared> mine = filter(own, o -> o.productCategory().equals(category));
            List<OutcomeShared> similar = filter(all, o -> !o.tenantRef().equals(ref) && o.productCategory().equals(category)
                    && o.cohort().sizeBand().equals(sizeBand));
            List<ComparisonView.Row> rows = new ArrayList<>();
            for (Metric metric : Metric.values()) {
                double[] values = mine.stream().map(metric::of).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
                Double you = values.length == 0 ? null : Math.round(Suppression.quantile(values, 0.5) * 10) / 10.0;
                rows.add(new ComparisonView.Row(metric, you, cell(metric.name(), similar, metric::of)));
            }
            return new ComparisonView.Category(category, mine.size(), rows);
        }).toList();
        return new ComparisonView(sizeBand, result);
    }

    private static List<OutcomeShared> filter(List<OutcomeShared> rows, Predicate<OutcomeShared> keep) {
        return rows.stream().filter(keep).toList();
    }

    private static Cell cell(String key, List<OutcomeShared> rows, Function<OutcomeShared, Double> value) {
        List<Suppression.Contribution> contributions = new ArrayList<>();
        for (OutcomeShared row : rows) {
            Double v = value.apply(row);
            if (v != null) {
                contributions.add(new Suppression.Contribution(row.tenantRef(), v));
            }
        }
        return Suppression.cell(key, contributions);
    }
}
