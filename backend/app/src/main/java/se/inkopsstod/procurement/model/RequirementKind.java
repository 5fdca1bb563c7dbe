package se.inkopsstod.procurement.model;

/** Mandatory (ska-krav: fail it and the tender is out) or evaluated (bör-krav: scored, with a weight). */
public enum RequirementKind {
    MANDATORY, EVALUATED
}
