/**
 * Spreadsheets of a procurement as real {@code .xlsx} files made on the server with Apache POI:
 * the requirements, the questions and answers and the evaluation to download, and requirements
 * imported from a sheet of the same columns. It owns no data: it reads and writes through the
 * requirement, question and evaluation services, behind the same procurement gate and rules as
 * their JSON routes.
 */
package se.inkopsstod.procurement.spreadsheet;
