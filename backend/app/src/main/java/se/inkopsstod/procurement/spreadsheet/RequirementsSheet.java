package se.inkopsstod.procurement.spreadsheet;

import se.inkopsstod.procurement.requirement.RequirementView;

import java.util.List;
import java.util.Map;

/** The requirements in number order (K1, K2 …), one row each, with the needs they serve spelled out. */
final class RequirementsSheet {

    private RequirementsSheet() {
    }

    static byte[] write(List<RequirementView> requirements, Map<String, String> needStatements) {
        Workbooks book = new Workbooks("Krav", RequirementColumn.columns());
        for (RequirementView requirement : requirements) {
            book.row()
                    .text("K" + requirement.number())
                    .longText(requirement.text())
                    .text(SheetLabels.kind(requirement.kind()))
                    .whole(requirement.weight())
                    .decimal(requirement.weightShare())
                    .text(SheetLabels.category(requirement.category()))
                    .longText(requirement.verificationMethod())
                    // one need per line, as the CSV export writes them and the import reads them back
                    .longText(String.join("\n", requirement.needIds().stream()
                            .map(id -> needStatements.getOrDefault(id, id)).toList()))
                    .dateTime(requirement.updatedAt());
        }
        return book.toBytes();
    }
}
