package se.inkopsstod.procurement.model;

/** How tenders will be compared, fixed when the tender is published. */
public enum EvaluationModel {
    /** The lowest price among qualified tenders wins. */
    LOWEST_PRICE,
    /** Price, less a value deducted for each evaluated requirement met (price with quality added-value deductions). */
    PRICE_AND_QUALITY
}
