package se.inkopsstod.procurement.model;

import java.math.BigDecimal;

/**
 * The expected benefit of a need with a measurable indicator, e.g. "teachers' time reporting
 * absence", 60 → 30 "minutes per week".
 */
public record Benefit(String description, String indicator, BigDecimal baseline, BigDecimal target, String unit) {
}
