package se.inkopsstod.procurement.library;

import se.inkopsstod.shared.Audience;
import se.inkopsstod.shared.SeenBy;
import org.axonframework.serialization.Revision;
import se.inkopsstod.shared.TemplateId;

/** A template has a new revision; requirements made from earlier revisions keep theirs. */
@SeenBy(Audience.PLATFORM)
@Revision("1")
public record TemplateRevisedEvent(TemplateId templateId, int revision, TemplateContent content) {
}
