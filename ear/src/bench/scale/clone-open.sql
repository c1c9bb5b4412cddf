-- Clones the open template cases (filed and worked through the API by seed.py) into more open
-- cases, engine and OneSeal rows together (PostgreSQL; bench only, never in CI).
-- psql -v kfrom=1 -v kto=249: copy k of a template gets new engine ids (numeric ids + k·10⁹, so
-- "reviewApplication:1415" becomes "reviewApplication:1000001415"; the engine's own id blocks stay
-- far below; a UUID id becomes the UUID of md5(id/k)), a new application id from the table's sequence and the number XK<date><id>, with
-- every foreign key (process instance, executions, tasks, activity instances, variables, business
-- key, applicationNumber variable, step clocks) following. Copies wait at the same task as their
-- template, with the same candidate groups, so inboxes, case pages and the search see real cases.
-- Not copied: the sealed notices (issued_document/seal_register: their PDF carries the template's
-- number), notifications, the audit chain (hash-linked) and the mail processes.
\set ON_ERROR_STOP on
begin;

create or replace function pg_temp.shift(v text, k int) returns text language sql immutable as $$
  select case
    when v is null then null
    when v ~ '^\d+$' then (v::bigint + k::bigint * 1000000000)::text
    when v ~ '^.*:\d+$' then regexp_replace(v, '^(.*:)(\d+)$', '\1') || ((regexp_replace(v, '^.*:(\d+)$', '\1'))::bigint + k::bigint * 1000000000)::text
    -- the engine's UUID ids (issue 19): copy k of an id is a UUID derived from it and k
    when v ~ '^(.*:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
      then left(v, length(v) - 36) || md5(right(v, 36) || '/' || k)::uuid::text
    else v end $$;

-- the templates: open general-licensing cases whose ids are the engine's own (not copies)
create temp table tpl on commit drop as
  select a.id as app_id, a.number, a.workflow_ref as pi
  from application a join act_ru_execution e on e.id_ = a.workflow_ref and e.parent_id_ is null
  join act_re_procdef d on d.id_ = e.proc_def_id_ and d.key_ = 'generalLicensing'
  where a.idempotency_key not like 'scale-%';

create temp table m on commit drop as
  select k, t.app_id, t.number, t.pi, nextval(pg_get_serial_sequence('application', 'id')) as new_id
  from tpl t cross join generate_series(:kfrom, :kto) k;
alter table m add column new_number varchar(32);
update m set new_number = substr(number, 1, 10) || lpad(new_id::text, greatest(6, length(new_id::text)), '0');
create index on m (pi);
create index on m (app_id);
analyze m;

-- builds "insert into T (cols) select exprs from T s join m on <join>", every column copied
-- unless the overrides (column -> expression over s and m) say otherwise
create or replace function pg_temp.clone(tbl text, joined text, overrides jsonb, skip text[] default '{}')
returns bigint language plpgsql as $$
declare cols text; exprs text; n bigint;
begin
  select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
         string_agg(coalesce(overrides ->> column_name, 's.' || quote_ident(column_name)), ', ' order by ordinal_position)
    into cols, exprs
    from information_schema.columns
   where table_schema = current_schema() and table_name = tbl and column_name <> all (skip);
  execute format('insert into %I (%s) select %s from %I s join m on %s', tbl, cols, exprs, tbl, joined);
  get diagnostics n = row_count;
  raise notice '% rows into %', n, tbl;
  return n;
end $$;

-- the engine: every id-like column shifted by k, business key and applicationNumber renamed
create temp table idcols (name text) on commit drop;
insert into idcols values ('id_'), ('proc_inst_id_'), ('root_proc_inst_id_'), ('execution_id_'),
  ('parent_id_'), ('super_exec_'), ('super_process_instance_id_'), ('task_id_'), ('bytearray_id_'),
  ('act_inst_id_'), ('parent_act_inst_id_'), ('call_proc_inst_id_'), ('parent_task_id_'), ('var_scope_');

create or replace function pg_temp.engine(tbl text, extra jsonb default '{}', joined text default 's.proc_inst_id_ = m.pi') returns bigint language plpgsql as $$
declare o jsonb := extra;
begin
  select o || coalesce(jsonb_object_agg(c.column_name, format('pg_temp.shift(s.%I, m.k)', c.column_name)) filter (where not o ? c.column_name), '{}')
    into o
    from information_schema.columns c join idcols i on i.name = c.column_name
   where c.table_schema = current_schema() and c.table_name = tbl;
  return pg_temp.clone(tbl, joined, o);
end $$;

-- the variables' byte arrays (serialized values), found once
create temp table ba on commit drop as
  select distinct v.bytearray_id_ as id, v.proc_inst_id_ as pi from (
    select bytearray_id_, proc_inst_id_ from act_ru_variable where bytearray_id_ is not null
    union all select bytearray_id_, proc_inst_id_ from act_hi_varinst where bytearray_id_ is not null) v
  join tpl on tpl.pi = v.proc_inst_id_;
create temp table tl on commit drop as
  select t.id_ as id, t.proc_inst_id_ as pi from act_ru_task t join tpl on tpl.pi = t.proc_inst_id_;
select pg_temp.clone('act_ge_bytearray', '(s.id_, m.pi) in (select id, pi from ba)',
  '{"id_": "pg_temp.shift(s.id_, m.k)", "root_proc_inst_id_": "pg_temp.shift(s.root_proc_inst_id_, m.k)"}');
select pg_temp.engine('act_ru_execution', '{"business_key_": "case when s.business_key_ = m.number then m.new_number else s.business_key_ end"}');
select pg_temp.engine('act_ru_task');
select pg_temp.engine('act_ru_variable', '{"text_": "case when s.name_ = ''applicationNumber'' then m.new_number else s.text_ end"}');
select pg_temp.engine('act_ru_identitylink', '{}', '(s.task_id_, m.pi) in (select id, pi from tl)');
select pg_temp.engine('act_ru_event_subscr');
select pg_temp.engine('act_hi_procinst', '{"business_key_": "case when s.business_key_ = m.number then m.new_number else s.business_key_ end"}');
select pg_temp.engine('act_hi_taskinst');
select pg_temp.engine('act_hi_actinst');
select pg_temp.engine('act_hi_varinst', '{"text_": "case when s.name_ = ''applicationNumber'' then m.new_number else s.text_ end"}');
select pg_temp.engine('act_hi_identitylink', '{}', 's.root_proc_inst_id_ = m.pi');

-- OneSeal's rows
select pg_temp.clone('application', 's.id = m.app_id',
  '{"id": "m.new_id", "number": "m.new_number", "idempotency_key": "''scale-'' || m.k || ''-'' || s.idempotency_key", "workflow_ref": "pg_temp.shift(s.workflow_ref, m.k)"}');
select pg_temp.clone('application_form_field', 's.application_id = m.app_id', '{"application_id": "m.new_id"}');
select pg_temp.clone('application_correction_item', 's.application_id = m.app_id', '{"application_id": "m.new_id"}');
select pg_temp.clone('application_history', 's.application_id = m.app_id', '{"application_id": "m.new_id"}', '{id}');
select pg_temp.clone('application_pause', 's.application_id = m.app_id', '{"application_id": "m.new_id"}', '{id}');
select pg_temp.clone('application_extension', 's.application_id = m.app_id', '{"application_id": "m.new_id"}', '{id}');
select pg_temp.clone('step_clock', 's.application_number = m.number',
  '{"application_number": "m.new_number", "task_id": "pg_temp.shift(s.task_id, m.k)"}');
commit;
analyze;
