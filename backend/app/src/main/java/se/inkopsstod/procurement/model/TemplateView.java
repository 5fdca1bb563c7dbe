package se.inkopsstod.procurement.model;

import se.inkopsstod.procurement.api.RequirementCategory;

import java.util.List;

/** A library template at its current revision, with how many requirements were made from it. */
public record TemplateView(String id, String key, int revision, String titleSv, String titleEn, String text,
                           RequirementKind kind, Integer defaultWeight, RequirementCategory category,
                           String verificationMethod, List<String> schoolProcesses, List<String> references,
                           boolean retired, int usageCount) {
}
