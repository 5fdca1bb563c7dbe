package se.inkopsstod.procurement.library;

import se.inkopsstod.procurement.api.RequirementCategory;
import se.inkopsstod.procurement.model.RequirementKind;

import java.util.List;

/** One revision of a library template. */
public record TemplateContent(String titleSv, String titleEn, String text, RequirementKind kind, Integer defaultWeight,
                              RequirementCategory category, String verificationMethod, List<String> schoolProcesses,
                              List<String> references) {

    public TemplateContent {
        schoolProcesses = schoolProcesses == null ? List.of() : List.copyOf(schoolProcesses);
        references = references == null ? List.of() : List.copyOf(references);
    }
}
