-- The step's deadline by the working calendar, so that the inbox and the section's workload sort
-- by it in the database (docs/performance.md, "Inbox paging"). Set when a step starts; the legal
-- clock's watch fills it for steps started before this migration and renews it when the calendar
-- changes. Until the watch has run once, such older steps sort after those with a deadline.
alter table step_clock add column deadline date;
