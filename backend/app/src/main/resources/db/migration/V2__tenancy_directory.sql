-- The tenancy directory: who logs in as whom, in which organisation, with which roles.
-- Maintained in the same transaction as the tenancy events (subscribing processor), so its
-- unique constraints also guard uniqueness across aggregates (organisation numbers, e-mails).

create table directory_tenant (
    tenant_id           varchar(64)  not null primary key,
    name                varchar(200) not null,
    organisation_number varchar(11)  not null,
    kind                varchar(20)  not null,
    county              varchar(100) not null,
    pupils              integer      not null,
    size_band           varchar(20)  not null,
    registered_at       timestamptz  not null
);
create unique index directory_tenant_organisation_number_uk on directory_tenant (organisation_number);

create table directory_vendor_organisation (
    vendor_organisation_id varchar(64)  not null primary key,
    name                   varchar(200) not null,
    organisation_number    varchar(11)  not null,
    registered_at          timestamptz  not null
);
create unique index directory_vendor_organisation_number_uk on directory_vendor_organisation (organisation_number);

create table directory_person (
    person_id              varchar(64)  not null primary key,
    tenant_id              varchar(64)  references directory_tenant (tenant_id),
    vendor_organisation_id varchar(64)  references directory_vendor_organisation (vendor_organisation_id),
    name                   varchar(200) not null,
    email                  varchar(254) not null,
    roles                  varchar(200) not null,
    subject                varchar(255),
    added_at               timestamptz  not null,
    constraint directory_person_one_organisation check (tenant_id is null or vendor_organisation_id is null)
);
-- one person, one e-mail: a login resolves to exactly one affiliation
create unique index directory_person_email_uk on directory_person (lower(email));
create unique index directory_person_subject_uk on directory_person (subject);
create index directory_person_tenant_idx on directory_person (tenant_id);
