package se.inkopsstod.insights.benchmark;

import org.springframework.stereotype.Component;
import se.inkopsstod.insights.store.InsightsStore;
import se.inkopsstod.outcomes.contract.OutcomeShared;
import se.inkopsstod.outcomes.contract.Pseudonyms;
import se.inkopsstod.shared.TenantId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Computes benchmark cells from the insights read model, each through the disclosure rules of
 * {@link Suppression}. Only closed follow-ups count: outcomes leave a tenant once, when its follow-up
 * closes (an older revision of an open one, still on the topic, is not a figure).
 */
@Component
public class Benchmarks {

    private final InsightsStore store;
    private final Pseudonyms pseudonyms;

    Benchmarks(InsightsStore store, Pseudonyms pseudonyms) {
        this.store = store;
        this.pseudonyms = pseudonyms;
    }

    public BenchmarkView of(String productCategory, String sizeBand) {
        List<OutcomeShared> all = closed();
        Slice chosen = Slice.of(all)
                .and(productCategory == null ? null : o -> o.productCategory().equals(productCategory))
                .and(sizeBand == null ? null : o -> o.cohort().sizeBand().equals(sizeBand));
        List<OutcomeShared> rows = chosen.rows();
        List<Cell> metrics = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            metrics.add(chosen.cell(metric.name(), metric::of, metric.precision()));
        }
        TreeSet<String> requirementCategories = new TreeSet<>();
        rows.forEach(o -> requirementCategories.addAll(o.requirementsByCategory().keySet()));
        List<Cell> mix = requirementCategories.stream().map(category -> chosen.cell(category, o -> o.requirementCount() == 0 ? null
                : 100.0 * o.requirementsByCategory().getOrDefault(category, 0) / o.requirementCount(), Metric.SHARE_PRECISION)).toList();
        TreeSet<String> quarters = new TreeSet<>();
        rows.stream().map(OutcomeShared::awardedQuarter).filter(Objects::nonNull).forEach(quarters::add);
        List<BenchmarkView.Trend> trends = quarters.stream().map(quarter -> {
            Slice inQuarter = chosen.and(o -> quarter.equals(o.awardedQuarter()));
            return new BenchmarkView.Trend(quarter, cell(inQuarter, Metric.SATISFACTION), cell(inQuarter, Metric.BENEFIT_REALISED_PERCENT));
        }).toList();
        TreeSet<String> templates = new TreeSet<>();
        rows.forEach(o -> templates.addAll(o.templateKeys()));
        List<BenchmarkView.TemplateUse> library = templates.stream().map(key -> {
            Slice using = chosen.and(o -> o.templateKeys().contains(key));
            return new BenchmarkView.TemplateUse(key, publishedCount(using.rows()), cell(using, Metric.SATISFACTION),
                    cell(using, Metric.BENEFIT_REALISED_PERCENT));
        }).sorted(Comparator.comparing((BenchmarkView.TemplateUse use) -> use.procurements() == null ? -1 : use.procurements())
                .reversed().thenComparing(BenchmarkView.TemplateUse::templateKey)).toList();
        return new BenchmarkView(productCategory, sizeBand, categories(all), metrics, mix, trends, library);
    }

    /** The tenant's own figures per product category beside the same size band's, without the tenant itself. */
    public ComparisonView comparisonFor(TenantId tenant) {
        String ref = pseudonyms.tenant(tenant.value());
        List<OutcomeShared> all = closed();
        List<OutcomeShared> own = all.stream().filter(o -> o.tenantRef().equals(ref)).toList();
        if (own.isEmpty()) {
            return new ComparisonView(null, List.of());
        }
        String sizeBand = own.get(own.size() - 1).cohort().sizeBand();
        // the tenant's own outcomes are no secret to it: the universe it may subtract from is everyone else's
        List<OutcomeShared> others = all.stream().filter(o -> !o.tenantRef().equals(ref)).toList();
        TreeSet<String> categories = new TreeSet<>();
        own.forEach(o -> categories.add(o.productCategory()));
        List<ComparisonView.Category> result = categories.stream().map(category -> {
            List<OutcomeShared> mine = own.stream().filter(o -> o.productCategory().equals(category)).toList();
            Slice similar = Slice.of(others).and(o -> o.productCategory().equals(category))
                    .and(o -> o.cohort().sizeBand().equals(sizeBand));
            List<ComparisonView.Row> rows = new ArrayList<>();
            for (Metric metric : Metric.values()) {
                double[] values = mine.stream().map(metric::of).filter(Objects::nonNull).mapToDouble(Double::doubleValue).sorted().toArray();
                Double you = values.length == 0 ? null : Suppression.round(Suppression.quantile(values, 0.5), metric.precision());
                rows.add(new ComparisonView.Row(metric, you, similar.cell(metric.name(), metric::of, metric.precision())));
            }
            return new ComparisonView.Category(category, mine.size(), rows);
        }).toList();
        return new ComparisonView(sizeBand, result);
    }

    private List<OutcomeShared> closed() {
        return store.outcomes(null).stream().filter(OutcomeShared::closed).toList();
    }

    private static Cell cell(Slice slice, Metric metric) {
        return slice.cell(metric.name(), metric::of, metric.precision());
    }

    /** Each product category with its number of procurements, published like any count; null behind fewer than 5 tenants. */
    private static Map<String, Integer> categories(List<OutcomeShared> all) {
        TreeSet<String> names = new TreeSet<>();
        all.forEach(o -> names.add(o.productCategory()));
        Map<String, Integer> categories = new LinkedHashMap<>();
        names.forEach(name -> categories.put(name, publishedCount(all.stream().filter(o -> o.productCategory().equals(name)).toList())));
        return categories;
    }

    /** How many procurements, as a published count: rounded down to a multiple of 5, or null behind fewer than 5 tenants. */
    private static Integer publishedCount(List<OutcomeShared> rows) {
        long tenants = rows.stream().map(OutcomeShared::tenantRef).distinct().count();
        return tenants < Suppression.MIN_TENANTS ? null : Suppression.roundedCount(rows.size());
    }
}
