-- The audit trail of a case (电子监察): every act on a case and every read of it by staff and
-- supervisors, with who (role, staff number — the applicant sees these, never the name), why (the
-- step that was open), from where.
alter table audit_log add column kind varchar(8) default 'act' not null;
alter table audit_log add column application_number varchar(32);
alter table audit_log add column actor_role varchar(16);
alter table audit_log add column staff_number varchar(32);
alter table audit_log add column purpose varchar(64);
alter table audit_log add column source varchar(64);

-- a case's trail, in order; and "has this person read this case for this purpose lately"
create index ix_audit_log_case on audit_log (application_number, occurred_at);
create index ix_audit_log_reader on audit_log (application_number, actor, purpose, occurred_at);
