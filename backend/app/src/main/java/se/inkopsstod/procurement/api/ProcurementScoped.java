package se.inkopsstod.procurement.api;

import se.inkopsstod.shared.ProcurementId;

/** An event that belongs to one procurement's workspace: the live stream of that workspace carries it. */
public interface ProcurementScoped {
    ProcurementId procurementId();
}
