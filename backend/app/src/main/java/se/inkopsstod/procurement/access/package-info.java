/**
 * The one gate to a procurement: who may read, edit and buy in it (its tenant's buyers and
 * administrators, and its team), and which vendors may see what is published in it (those
 * invited). Every route under {@code /api/procurements/{id}} and {@code /api/vendor/procurements/{id}}
 * passes the gate before its body is read; what the gate grants is a {@link
 * se.inkopsstod.procurement.access.ProcurementAccess} that only the gate can make, and the query
 * and command services of a procurement take one. Other contexts (outcomes) use this package too.
 */
package se.inkopsstod.procurement.access;
