-- Issue 9: what the decision rules read from OpenDerm's own records (treatments, problems) and
-- what clinicians did with the cards. Clinical rows are versioned and voided, never deleted.

create table medication (
    id            uuid primary key,
    patient_id    uuid not null references patient(id),
    version       integer not null default 1,
    name          varchar(200) not null,
    drug          varchar(64),
    atc           varchar(16),
    dosage_text   varchar(500),
    interval_days numeric(9, 3) check (interval_days is null or interval_days > 0),
    supply_days   integer check (supply_days is null or supply_days > 0),
    start_date    date,
    end_date      date,
    status        varchar(8) not null check (status in ('ACTIVE', 'STOPPED')),
    recorded_at   timestamptz not null default now(),
    recorded_by   varchar(64) not null,
    voided_at     timestamptz,
    voided_by     varchar(64),
    void_reason   varchar(500)
);
create index medication_patient on medication (patient_id);

create table problem (
    id           uuid primary key,
    patient_id   uuid not null references patient(id),
    version      integer not null default 1,
    code_system  varchar(200),
    code         varchar(64),
    display      varchar(300) not null,
    concept      varchar(64),
    active       boolean not null,
    onset        date,
    recorded_at  timestamptz not null default now(),
    recorded_by  varchar(64) not null,
    voided_at    timestamptz,
    voided_by    varchar(64),
    void_reason  varchar(500)
);
create index problem_patient on problem (patient_id);

-- Accept / dismiss decisions on decision-support cards (append-only; the audit row is separate).
create table decision_card_feedback (
    id           bigserial primary key,
    patient_id   uuid not null references patient(id),
    rule_id      varchar(100) not null,
    card_uuid    varchar(64),
    outcome      varchar(10) not null check (outcome in ('ACCEPTED', 'DISMISSED')),
    reason_code  varchar(40),
    reason_text  varchar(500),
    recorded_at  timestamptz not null default now(),
    recorded_by  varchar(64) not null
);
create index decision_card_feedback_patient on decision_card_feedback (patient_id, rule_id, recorded_at);
