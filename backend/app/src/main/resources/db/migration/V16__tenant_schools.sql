-- A huvudman's schools, as its tenant admin listed them: lessons learned are anonymised against them.
create table directory_tenant_school (
    tenant_id varchar(64)  not null references directory_tenant (tenant_id),
    position  integer      not null,
    name      varchar(200) not null,
    constraint directory_tenant_school_pk primary key (tenant_id, position)
);
