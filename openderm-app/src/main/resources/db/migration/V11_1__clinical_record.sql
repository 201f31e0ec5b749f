-- Issue 18: the clinical record (org.openderm.record). One medication list: the decision feature's
-- medications (V9_1) gain a PLANNED status (an order under review) and absorb the eczema treatment
-- periods (V5_2), which are copied here with their ids; treatment_period is kept, no longer written.
-- Clinical rows are versioned (previous versions in clinical_record_revision) and voided, never
-- deleted.

alter table medication drop constraint if exists medication_status_check;
alter table medication add constraint medication_status_check
    check (status in ('ACTIVE', 'STOPPED', 'PLANNED'));

insert into medication (id, patient_id, version, name, start_date, end_date, status, recorded_at,
                        recorded_by, voided_at, voided_by, void_reason)
select t.id, t.patient_id, 1, t.label, t.started_on, t.ended_on,
       case when t.ended_on is not null and t.ended_on < current_date then 'STOPPED' else 'ACTIVE' end,
       t.recorded_at, t.recorded_by, t.voided_at, t.voided_by, t.void_reason
  from treatment_period t
 where not exists (select 1 from medication m where m.id = t.id);

alter table problem add column resolved_on date;

create table lab_result (
    id           uuid primary key,
    patient_id   uuid not null references patient(id),
    version      integer not null default 1,
    loinc        varchar(16) not null,
    display      varchar(200) not null,
    value        numeric(14, 4),
    unit         varchar(40),
    value_text   varchar(200),
    taken_on     date not null,
    recorded_at  timestamptz not null default now(),
    recorded_by  varchar(64) not null,
    voided_at    timestamptz,
    voided_by    varchar(64),
    void_reason  varchar(500),
    check (value is not null or value_text is not null)
);
create index lab_result_patient on lab_result (patient_id, taken_on);

create table immunization (
    id           uuid primary key,
    patient_id   uuid not null references patient(id),
    version      integer not null default 1,
    cvx          varchar(8),
    display      varchar(200) not null,
    status       varchar(10) not null check (status in ('COMPLETED', 'PLANNED')),
    given_on     date,
    lot          varchar(64),
    recorded_at  timestamptz not null default now(),
    recorded_by  varchar(64) not null,
    voided_at    timestamptz,
    voided_by    varchar(64),
    void_reason  varchar(500)
);
create index immunization_patient on immunization (patient_id);

create table allergy (
    id           uuid primary key,
    patient_id   uuid not null references patient(id),
    version      integer not null default 1,
    substance    varchar(200) not null,
    code_system  varchar(200),
    code         varchar(64),
    type         varchar(12) not null check (type in ('ALLERGY', 'INTOLERANCE')),
    reaction     varchar(300),
    criticality  varchar(16) not null check (criticality in ('LOW', 'HIGH', 'UNABLE_TO_ASSESS')),
    active       boolean not null default true,
    onset        date,
    recorded_at  timestamptz not null default now(),
    recorded_by  varchar(64) not null,
    voided_at    timestamptz,
    voided_by    varchar(64),
    void_reason  varchar(500)
);
create index allergy_patient on allergy (patient_id);

-- Pregnancy status (LOINC 82810-3) with the contraception in use, as observed on a date.
create table pregnancy_status (
    id            uuid primary key,
    patient_id    uuid not null references patient(id),
    version       integer not null default 1,
    status        varchar(14) not null check (status in ('PREGNANT', 'NOT_PREGNANT', 'UNKNOWN')),
    observed_on   date not null,
    contraception varchar(200),
    recorded_at   timestamptz not null default now(),
    recorded_by   varchar(64) not null,
    voided_at     timestamptz,
    voided_by     varchar(64),
    void_reason   varchar(500)
);
create index pregnancy_status_patient on pregnancy_status (patient_id, observed_on);

-- Fitzpatrick phototype (I to VI); the latest row not voided is the patient's.
create table phototype (
    id           uuid primary key,
    patient_id   uuid not null references patient(id),
    version      integer not null default 1,
    phototype    smallint not null check (phototype between 1 and 6),
    recorded_at  timestamptz not null default now(),
    recorded_by  varchar(64) not null,
    voided_at    timestamptz,
    voided_by    varchar(64),
    void_reason  varchar(500)
);
create index phototype_patient on phototype (patient_id, recorded_at);

-- Each earlier version of a record item, as it was, written before it changes.
create table clinical_record_revision (
    id          bigserial primary key,
    item_table  varchar(32) not null,
    item_id     uuid not null,
    patient_id  uuid not null references patient(id),
    version     integer not null,
    content     jsonb not null,
    saved_at    timestamptz not null default now(),
    saved_by    varchar(64) not null
);
create index clinical_record_revision_item on clinical_record_revision (item_id, version);
