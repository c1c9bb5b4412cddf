-- Version 34: the estimate of completion on the case page (issue 17, docs/case-page.md) reads the
-- most recent decided cases of one item version: this index lets it walk them newest first and stop
-- after the window (500) instead of sorting every case of the version.
create index ix_application_version_decided on application (item_version_id, decided_at, id);
