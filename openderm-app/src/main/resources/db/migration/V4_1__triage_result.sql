-- Lesion triage results (issue 4): one row per AI triage of a patient's photo, with the model
-- that answered. Versioned and voided, never deleted. The image itself is not stored here (the
-- photo feature stores photos); its SHA-256 links the result to the photo.
create table triage_result (
    id               bigserial primary key,
    patient_id       uuid not null references patient(id),
    image_sha256     char(64) not null,
    abstained        boolean not null,
    abstain_reason   varchar(32),
    referral         varchar(16) check (referral in ('urgent', 'soon', 'routine')),
    malignancy_risk  double precision,
    probabilities    text,
    model_name       varchar(64) not null,
    model_version    varchar(64) not null,
    model_sha256     char(64) not null,
    created_at       timestamptz not null default now(),
    created_by       varchar(64) not null,
    version          integer not null default 1,
    voided_at        timestamptz,
    voided_by        varchar(64),
    void_reason      varchar(500)
);
create index triage_result_patient on triage_result (patient_id, created_at);
