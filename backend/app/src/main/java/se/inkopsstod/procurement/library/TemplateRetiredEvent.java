package se.inkopsstod.procurement.library;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.TemplateId;

/** A template is no longer offered for new requirements. */
@Revision("1")
public record TemplateRetiredEvent(TemplateId templateId, String reason) {
}
