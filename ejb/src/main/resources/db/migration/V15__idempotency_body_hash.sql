-- The SHA-256 of what a submission asked for, kept with its idempotency key: the same key with a
-- different request is refused (422) instead of answered with the earlier application. Rows filed
-- before this column existed keep null and are treated as matching any retry.
alter table application add column idempotency_body_hash varchar(64);
