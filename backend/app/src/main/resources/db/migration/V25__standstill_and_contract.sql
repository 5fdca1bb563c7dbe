-- The award decision starts a standstill period (avtalsspärr); the contract is signed after it.
alter table evaluation_award add column standstill_ends_at timestamptz;
alter table evaluation_award add column contract_signed_at timestamptz;
