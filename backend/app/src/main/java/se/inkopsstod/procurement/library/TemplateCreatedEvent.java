package se.inkopsstod.procurement.library;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.TemplateId;

/** A template joined the library at revision 1. */
@Revision("1")
public record TemplateCreatedEvent(TemplateId templateId, String key, TemplateContent content) {
}
