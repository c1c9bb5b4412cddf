-- Version 36: the application lists at provincial scale (issue 18, docs/performance.md, "at
-- provincial scale"). With 1,000,000 closed cases the supervisors' search sorted and counted every
-- row (latest first: parallel sequential scan and an external merge sort, 1.4 s; by status and item
-- 0.7 s; a citizen's own list 0.4 s). Each list's filter followed by its order (submitted_at, id)
-- lets the database walk one page newest first and count from the index alone.
create index ix_application_submitted on application (submitted_at, id);
create index ix_application_status_submitted on application (status, submitted_at, id);
create index ix_application_item_status on application (item_id, status, submitted_at, id);
create index ix_application_applicant_submitted on application (applicant, submitted_at, id);
-- the two single-column indexes are the prefixes of the last two
drop index ix_application_status;
drop index ix_application_applicant;
-- every case page and case JSON asks which applications are linked to the case (registration's
-- department applications): a sequential scan of 1,000,000 cases (0.2 s) without this index
create index ix_application_linked_to on application (linked_to);
-- the supervisors' red and yellow cases (card filter): few among a million, read newest first
create index ix_application_card_submitted on application (card, submitted_at, id);
