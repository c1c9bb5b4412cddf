-- Version 38: the process engine keeps history at level "audit" (2) instead of "full" (3)
-- (ProcessEngineBootstrap.HISTORY_LEVEL; issue 18, docs/performance.md, "The engine's history, and
-- what the database does per case"). The engine refuses to start when the level it is configured
-- with differs from the one its database records, so the record follows. A fresh database has no
-- record yet: the engine writes it at its first start. History already written is kept.
update ACT_GE_PROPERTY set VALUE_ = '2' where NAME_ = 'historyLevel';
