-- Learning module (issue 7): learner settings, answer history and FSRS cards.
-- Keyed by the learner's username; no patient data here (items are licensed teaching images and
-- fictional cases). Answers are append-only: the history is the learner's own record.

create table learning_learner (
    username           varchar(100) primary key,
    desired_retention  numeric(4, 3) not null default 0.900
        check (desired_retention between 0.700 and 0.970),
    time_zone          varchar(64)  not null default 'Europe/Paris',
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now()
);

create table learning_answer (
    id           bigint generated always as identity primary key,
    username     varchar(100) not null,
    item_kind    varchar(16)  not null check (item_kind in ('IMAGE', 'CASE_STEP')),
    item_id      varchar(200) not null,
    topic        varchar(64)  not null,
    expected     varchar(200) not null,
    given        varchar(200) not null,
    correct      boolean      not null,
    rating       varchar(8)   not null check (rating in ('AGAIN', 'HARD', 'GOOD', 'EASY')),
    response_ms  bigint       check (response_ms >= 0),
    answered_at  timestamptz  not null,
    -- The lesion classifier's answer on the same image, for "you vs the AI" (null: none).
    ai_answer    varchar(16)
);

create index learning_answer_by_user on learning_answer (username, answered_at);

create table learning_card (
    username       varchar(100)     not null,
    item_id        varchar(200)     not null,
    item_kind      varchar(16)      not null check (item_kind in ('IMAGE', 'CASE_STEP')),
    stability      double precision not null check (stability > 0),
    difficulty     double precision not null check (difficulty between 1 and 10),
    last_review    timestamptz      not null,
    due            timestamptz      not null,
    interval_days  integer          not null check (interval_days >= 1),
    reps           integer          not null check (reps >= 1),
    lapses         integer          not null check (lapses >= 0),
    primary key (username, item_id)
);

create index learning_card_due on learning_card (username, due);
