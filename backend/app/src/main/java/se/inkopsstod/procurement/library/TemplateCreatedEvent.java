package se.inkopsstod.procurement.library;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.TemplateId;

/** A template joined the library at revision 1. */
@SeenBy(Audience.PLATFORM)
@Revision("1")
public record TemplateCreatedEvent(TemplateId templateId, String key, TemplateContent content) {
}
