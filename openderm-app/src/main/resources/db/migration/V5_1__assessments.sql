-- Eczema care (issue 5): severity assessments with their inputs, computed score, instrument
-- version and band set. An edit adds a version (same id, version + 1); a voided assessment keeps
-- its rows with who/when/why. Nothing is deleted.
create table assessment (
    id                 uuid         not null,
    version            integer      not null,
    patient_id         uuid         not null references patient(id),
    instrument         varchar(16)  not null,
    instrument_version varchar(40)  not null,
    taken_at           timestamptz  not null,
    input              jsonb        not null,
    score              numeric(8,3) not null,
    max_score          integer      not null,
    band               varchar(40)  not null,
    band_set           varchar(40)  not null,
    components         jsonb        not null,
    note               varchar(2000),
    recorded_at        timestamptz  not null default now(),
    recorded_by        varchar(64)  not null,
    recorded_role      varchar(32)  not null,
    voided_at          timestamptz,
    voided_by          varchar(64),
    void_reason        varchar(500),
    primary key (id, version)
);
create index assessment_patient_course on assessment (patient_id, instrument, taken_at);
