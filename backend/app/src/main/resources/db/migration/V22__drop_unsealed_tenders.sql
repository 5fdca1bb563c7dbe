-- V21 sealed every stored tender; what was in the clear goes. (PostgreSQL frees the old row
-- versions at the next VACUUM; operations.md says how to make sure backups follow.)
drop table tender_submitted_response;
drop table tender_response;
alter table tender_view drop column price_sek;
alter table tender_view drop column submitted_price_sek;
