package se.inkopsstod.procurement.api;

/** One procurement in a list of the ones a person may enter: enough to name it and say how far it has come. */
public record ProcurementLine(String procurementId, String title, Phase phase) {
}
