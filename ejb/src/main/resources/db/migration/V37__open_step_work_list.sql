-- Version 37: the inbox at provincial scale (issue 18, docs/performance.md, "Inbox at scale").
-- Every staff task has an open step clock (closed_at null) while it is open. The task lists joined
-- each task to its application by number for the item's section and code: with 1,000,000 closed
-- cases PostgreSQL hashed all of them for 20,000 open tasks (0.5–1.2 s per list). The open clock
-- now carries the two (a case's item, and so its section, never changes) and the lists join the
-- open clocks only, through ix_step_clock_open.
alter table step_clock add column section_code varchar(64);
alter table step_clock add column item_code varchar(64);
update step_clock set
  section_code = (select v.section_code from application a
                  join approval_item_version v on v.id = a.item_version_id
                  where a.number = step_clock.application_number),
  item_code = (select i.code from application a join approval_item i on i.id = a.item_id
               where a.number = step_clock.application_number)
where closed_at is null;
