-- Patient photos (issue 3). The image itself is an encrypted file under <data-dir>/photos;
-- this row holds its wrapped data key, the hash of the file, and the quality verdict.
create table photo (
    id                   uuid primary key,
    patient_id           uuid not null references patient(id),
    body_site            varchar(100) not null default '',
    taken_at             timestamptz not null default now(),
    created_by           varchar(64) not null,
    width                integer not null,
    height               integer not null,
    byte_size            integer not null,
    source_format        varchar(10) not null,
    -- SHA-256 of the encrypted file, re-verified on demand and on a schedule.
    file_sha256          char(64) not null,
    -- The per-file AES-256 key, AES-GCM-wrapped under the master key ring's 'photo-key-wrap' key.
    wrapped_key          bytea not null,
    key_label            varchar(40) not null,
    -- A small JPEG thumbnail, AES-GCM-encrypted under the photo's own key.
    thumbnail            bytea not null,
    quality_acceptable   boolean not null,
    quality_issues       varchar(300) not null,
    quality_metrics      text not null,
    integrity_checked_at timestamptz,
    integrity_ok         boolean,
    version              integer not null default 1,
    voided_at            timestamptz,
    voided_by            varchar(64),
    void_reason          varchar(500)
);

create index photo_by_patient on photo (patient_id, taken_at desc);
