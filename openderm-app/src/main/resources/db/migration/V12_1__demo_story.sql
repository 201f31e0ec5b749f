-- Which demo stories (bin/openderm serve --demo) are already seeded, so that a restart seeds
-- nothing twice. One row per story, written in the story's own transaction.
create table demo_story (
    story      varchar(64) primary key,
    patient_id uuid not null references patient(id),
    seeded_at  timestamptz not null default now()
);
