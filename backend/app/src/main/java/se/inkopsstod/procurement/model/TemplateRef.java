package se.inkopsstod.procurement.model;

import se.inkopsstod.shared.TemplateId;

/** The library template and revision a requirement started from. */
public record TemplateRef(TemplateId templateId, int revision) {
}
