package se.inkopsstod.procurement.model;

import se.inkopsstod.procurement.api.RequirementCategory;

import java.util.List;

/**
 * A library template at its current revision. {@code usageCount}: in how many awarded procurements it
 * was used, rounded down to a multiple of 5, and null unless at least 5 huvudmän used it: a live
 * count would tell other huvudmän the moment someone drafted from it.
 */
public record TemplateView(String id, String key, int revision, String titleSv, String titleEn, String text,
                           RequirementKind kind, Integer defaultWeight, RequirementCategory category,
                           String verificationMethod, List<String> schoolProcesses, List<String> references,
                           boolean retired, Integer usageCount) {
}
