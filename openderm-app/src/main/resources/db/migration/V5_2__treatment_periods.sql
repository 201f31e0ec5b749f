-- Eczema care (issue 5): treatment periods marked on the course chart. Clinical rows: voided,
-- never deleted.
create table treatment_period (
    id           uuid         primary key,
    patient_id   uuid         not null references patient(id),
    label        varchar(200) not null,
    started_on   date         not null,
    ended_on     date,
    recorded_at  timestamptz  not null default now(),
    recorded_by  varchar(64)  not null,
    voided_at    timestamptz,
    voided_by    varchar(64),
    void_reason  varchar(500),
    check (ended_on is null or ended_on >= started_on)
);
create index treatment_period_patient on treatment_period (patient_id, started_on);
