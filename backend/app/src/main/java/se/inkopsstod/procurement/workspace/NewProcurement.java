package se.inkopsstod.procurement.workspace;

import se.inkopsstod.procurement.model.Procedure;

import java.time.LocalDate;

/** What a buyer says about a procurement they start. */
record NewProcurement(String title, String description, String category, Procedure procedure, long estimatedValueSek,
                      LocalDate plannedTenderDate, LocalDate plannedAwardDate) {
}
