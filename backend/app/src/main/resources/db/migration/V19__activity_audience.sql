-- Each feed entry keeps the audience its event declared (TEAM, TENANT, VENDORS), so who sees it
-- is decided by that declaration and not by event names. Entries from before: by their type.
alter table activity_entry add column audience varchar(16);
update activity_entry set audience = case
    when event_type in ('TenantRegisteredEvent', 'MemberAddedEvent', 'MemberRolesChangedEvent',
                        'MemberIdentityLinkedEvent', 'SchoolsSetEvent') then 'TENANT'
    else 'TEAM' end;
-- survey answers and tender content were never shown; none should remain, but make sure
delete from activity_entry where event_type in ('SurveyAnsweredEvent', 'TenderSavedEvent', 'TenderSubmittedEvent');
alter table activity_entry alter column audience set not null;
