package se.inkopsstod.insights.benchmark;

import java.util.List;

/** A tenant's own figures beside similar huvudmän (same product category and size band, the tenant itself left out). */
public record ComparisonView(String sizeBand, List<Category> categories) {

    public record Category(String productCategory, int yourProcurements, List<Row> rows) {
    }

    /** {@code you}: the median of the tenant's own procurements, null if none has a value. */
    public record Row(Metric metric, Double you, Cell similar) {
    }
}
