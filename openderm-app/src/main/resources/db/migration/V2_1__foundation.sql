-- Platform foundation: accounts, patients (identity apart, encrypted), care relationships,
-- consent per purpose, and the chained audit trail.

create table user_account (
    username        varchar(64) primary key,
    password_hash   varchar(255) not null,
    display_name    varchar(200) not null,
    role            varchar(16)  not null check (role in ('PATIENT', 'CLINICIAN', 'LEARNER', 'ADMIN')),
    specialty       varchar(16)  check (specialty in ('GP', 'DERMATOLOGIST')),
    patient_id      uuid,
    locale          varchar(8)   not null default 'fr',
    enabled         boolean      not null default true,
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null default now(),
    check (role <> 'CLINICIAN' or specialty is not null)
);

-- Clinical side of a patient: no names, no birth date, no external ids.
create table patient (
    id           uuid primary key,
    sex          varchar(8) not null check (sex in ('female', 'male', 'other', 'unknown')),
    created_at   timestamptz not null default now(),
    created_by   varchar(64) not null,
    version      integer not null default 1,
    voided_at    timestamptz,
    voided_by    varchar(64),
    void_reason  varchar(500)
);

-- Identity, field-encrypted (AES-GCM, key outside the database), versioned: an edit adds a row.
create table patient_identity (
    patient_id        uuid not null references patient(id),
    version           integer not null,
    given_name_enc    bytea not null,
    family_name_enc   bytea not null,
    birth_date_enc    bytea not null,
    external_id_enc   bytea,
    external_id_index varchar(64),
    recorded_at       timestamptz not null default now(),
    recorded_by       varchar(64) not null,
    primary key (patient_id, version)
);
create index patient_identity_external on patient_identity (external_id_index);

alter table user_account add constraint user_account_patient
    foreign key (patient_id) references patient(id);

create table care_relationship (
    id           bigserial primary key,
    patient_id   uuid not null references patient(id),
    username     varchar(64) not null references user_account(username),
    kind         varchar(16) not null check (kind in ('CREATOR', 'CARE_TEAM', 'SHARED', 'BREAK_GLASS')),
    reason       varchar(500),
    started_at   timestamptz not null default now(),
    started_by   varchar(64) not null,
    expires_at   timestamptz,
    ended_at     timestamptz,
    ended_by     varchar(64)
);
create index care_relationship_lookup on care_relationship (username, patient_id) where ended_at is null;

-- Consent per purpose: each decision is a new version; the latest version is in force.
create table consent (
    id           bigserial primary key,
    patient_id   uuid not null references patient(id),
    purpose      varchar(16) not null check (purpose in ('CARE', 'AI_ANALYSIS', 'SHARING', 'RESEARCH', 'EDUCATION')),
    grantee      varchar(64) not null default '',
    granted      boolean not null,
    version      integer not null,
    recorded_at  timestamptz not null default now(),
    recorded_by  varchar(64) not null,
    unique (patient_id, purpose, grantee, version)
);

-- Audit trail, one row per access or change, chained: hash = HMAC(key, previous hash || row).
create table audit_event (
    seq            bigint primary key,
    occurred_at    timestamptz not null,
    actor          varchar(64) not null,
    role           varchar(32) not null,
    action         char(1) not null check (action in ('C', 'R', 'U', 'D', 'E')),
    resource       varchar(120) not null,
    patient_id     uuid,
    outcome        varchar(16) not null,
    purpose        varchar(32) not null,
    client_address varchar(64),
    detail         varchar(500),
    prev_hash      varchar(64) not null,
    hash           varchar(64) not null
);
create index audit_event_patient on audit_event (patient_id, seq);
create index audit_event_actor on audit_event (actor, seq);

-- The chain's head, MAC'd with the audit key: deleting the newest rows is detected too.
create table audit_head (
    id    smallint primary key check (id = 1),
    seq   bigint not null,
    hash  varchar(64) not null,
    mac   varchar(64) not null
);
