package se.inkopsstod.insights.benchmark;

import java.util.List;
import java.util.Map;

/**
 * Benchmarks of one product category (or all) and cohort (a size band, or all).
 *
 * @param categories  product categories with how many procurements each has (a published count: rounded down to
 *                    a multiple of 5, null behind fewer than 5 tenants), for choosing one
 * @param metrics     one cell per {@link Metric}
 * @param mix         the median share (%) of requirements per requirement category
 * @param trends      per quarter of award: satisfaction and benefit realised
 * @param library     per library template: how often it was used (a published count) and how those procurements turned out
 */
public record BenchmarkView(String productCategory, String sizeBand, Map<String, Integer> categories, List<Cell> metrics,
                            List<Cell> mix, List<Trend> trends, List<TemplateUse> library) {

    public record Trend(String quarter, Cell satisfaction, Cell benefitRealisedPercent) {
    }

    public record TemplateUse(String templateKey, Integer procurements, Cell satisfaction, Cell benefitRealisedPercent) {
    }
}
