-- Lesion triage on stored photos (issue 4): the photo a result was computed from. Null when the
-- image was uploaded for the triage alone and not kept (then only its SHA-256 identifies it).
-- Abstentions are stored too (abstained = true with their reason, quality_gate included), so
-- the record shows every time the AI was asked and what it answered.
alter table triage_result add column photo_id uuid references photo(id);

create index triage_result_photo on triage_result (photo_id) where photo_id is not null;
