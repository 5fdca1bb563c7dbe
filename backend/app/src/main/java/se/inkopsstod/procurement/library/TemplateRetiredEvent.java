package se.inkopsstod.procurement.library;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.TemplateId;

/** A template is no longer offered for new requirements. */
@SeenBy(Audience.PLATFORM)
@Revision("1")
public record TemplateRetiredEvent(TemplateId templateId, String reason) {
}
