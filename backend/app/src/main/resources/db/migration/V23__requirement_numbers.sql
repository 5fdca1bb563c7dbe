-- Requirement numbers (K1, K2 …), given by the procurement as each requirement is written and never
-- reused. The requirements stored before are numbered in the order their creation events were
-- stored (global index) within each procurement: the same numbers LegacyRequirementNumbers gives
-- their revision-1 events when they are read. A requirement whose creation event is not found
-- (none should be) comes after those, by its creation time.

alter table requirement_view add column number integer;

with created as (
    select aggregate_identifier as requirement_id, global_index
      from domain_event_entry
     where payload_type in ('se.inkopsstod.procurement.model.RequirementCreatedEvent',
                            'se.inkopsstod.procurement.api.RequirementCreatedEvent')
       and coalesce(payload_revision, '1') = '1'
), numbered as (
    select r.requirement_id,
           row_number() over (partition by r.procurement_id
                              order by c.global_index nulls last, r.created_at, r.requirement_id) as number
      from requirement_view r
      left join created c on c.requirement_id = r.requirement_id
)
update requirement_view r set number = n.number from numbered n where n.requirement_id = r.requirement_id;

alter table requirement_view alter column number set not null;
alter table requirement_view add constraint requirement_view_number_uq unique (procurement_id, number);

alter table published_requirement add column number integer;
update published_requirement p set number = r.number from requirement_view r where r.requirement_id = p.requirement_id;
update published_requirement set number = 0 where number is null;
alter table published_requirement alter column number set not null;

alter table dialogue_draft_requirement add column number integer;
update dialogue_draft_requirement d set number = r.number from requirement_view r where r.requirement_id = d.requirement_id;
update dialogue_draft_requirement set number = 0 where number is null;
alter table dialogue_draft_requirement alter column number set not null;
