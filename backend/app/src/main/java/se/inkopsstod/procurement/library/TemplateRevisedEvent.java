package se.inkopsstod.procurement.library;

import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.TemplateId;

/** A template has a new revision; requirements made from earlier revisions keep theirs. */
@Revision("1")
public record TemplateRevisedEvent(TemplateId templateId, int revision, TemplateContent content) {
}
