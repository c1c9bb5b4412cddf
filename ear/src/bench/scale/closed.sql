-- Bulk-loads :n CLOSED cases into OneSeal's own tables (PostgreSQL; bench only, never in CI):
-- decided general-licensing applications over the last three years, spread over every item in force
-- that runs the general process (so over every section), each with its form (applicant name,
-- phone, description), its history (submitted, accepted, reviewed, decided by the demo staff) and a
-- minimal engine history (one completed ACT_HI_PROCINST with the number as business key). Their
-- documents are not stored: the licence and notices are rendered on demand from these rows.
-- 92% approved, 8% denied; applicants: 1 in 20 is one of the demo citizens, the others 100,000
-- generated accounts' names (no account rows: nothing signs in as them).
\set ON_ERROR_STOP on
begin;
create temp table v on commit drop as
  select row_number() over (order by v.id) - 1 as slot, v.id as version_id, v.item_id, v.process_key
  from approval_item_version v
  where v.process_key = 'generalLicensing'
    and v.version_no = (select max(w.version_no) from approval_item_version w where w.item_id = v.item_id);
create temp table c on commit drop as
  select g, nextval(pg_get_serial_sequence('application', 'id')) as id, v.version_id, v.item_id,
         now() - make_interval(days => (20 + (g * 7919) % 1095)::int, secs => (g * 104729) % 86400) as submitted_at,
         case when g % 20 = 0 then (array['zhangsan', 'lisi', 'wangwu'])[1 + g / 20 % 3]
              else 'c' || lpad(((g * 31) % 100000)::text, 6, '0') end as applicant,
         g % 25 <> 0 as approved
  from generate_series(1::bigint, :n) g join v on v.slot = g % (select count(*) from v);
alter table c add primary key (id);

insert into application (id, number, item_id, applicant, idempotency_key, status, submitted_at, accepted_at,
    decided_at, delivered_at, deemed_accepted, decision_outcome, decision_reasons, workflow_ref, version,
    item_version_id, received_on, card, commitment, correction_reminded)
select id, 'XK' || to_char(submitted_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || lpad(id::text, greatest(6, length(id::text)), '0'),
       item_id, applicant, 'closed-' || id, case when approved then 'APPROVED' else 'DENIED' end,
       submitted_at, submitted_at + interval '1 day', submitted_at + make_interval(days => (3 + g % 12)::int),
       submitted_at + make_interval(days => (4 + g % 12)::int), false,
       case when approved then 'approved' else 'denied' end,
       case when approved then '符合法定条件，准予许可。' else '申请材料不符合法定条件，不予许可。' end,
       (9000000000000 + id)::text, 4, version_id, (submitted_at at time zone 'Asia/Shanghai')::date, 'none', false, false
from c;

insert into application_form_field (application_id, field_name, field_value)
select id, f.name, case f.name when 'applicantName' then '历史申请人' || (g % 100000)
                               when 'contactPhone' then '138' || lpad((g % 100000000)::text, 8, '0')
                               else '已办结的历史案件（规模测评）' end
from c cross join (values ('applicantName'), ('contactPhone'), ('description')) f(name);

insert into application_history (application_id, step, action, actor, from_status, to_status, started_at, occurred_at, opinion)
select id, h.step, h.action, case h.action when 'submitted' then applicant else h.actor end, h.from_status,
       case when h.to_status = 'DECIDED' then case when approved then 'APPROVED' else 'DENIED' end else h.to_status end,
       case when h.day is null then null else submitted_at + make_interval(days => h.day) end,
       submitted_at + make_interval(days => coalesce(h.day, 0), secs => h.secs),
       case when h.to_status = 'DECIDED' then case when approved then '准予许可' else '不予许可' end else h.opinion end
from c cross join (values
  ('submitApplication', 'submitted', null, null, 'SUBMITTED', null, 0, null),
  ('acceptApplication', 'accepted', 'clerk', 'SUBMITTED', 'UNDER_REVIEW', 1, 0, '材料齐全，予以受理'),
  ('reviewApplication', 'reviewed', 'officer', 'UNDER_REVIEW', 'AWAITING_DECISION', 2, 0, '[approve] 审查通过'),
  ('decideApplication', 'decided', 'director', 'AWAITING_DECISION', 'DECIDED', 3, 0, null)
) h(step, action, actor, from_status, to_status, day, secs, opinion);
update application_history set action = case when to_status = 'APPROVED' then 'approved' else 'denied' end
 where action = 'decided';

insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_,
    duration_, start_user_id_, start_act_id_, end_act_id_, root_proc_inst_id_, state_)
select (9000000000000 + c.id)::text, (9000000000000 + c.id)::text,
       'XK' || to_char(submitted_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || lpad(c.id::text, greatest(6, length(c.id::text)), '0'),
       'generalLicensing', d.id_, submitted_at, submitted_at + make_interval(days => (4 + g % 12)::int),
       ((4 + g % 12) * 86400000)::bigint, applicant, 'applicationSubmitted', 'decisionDelivered',
       (9000000000000 + c.id)::text, 'COMPLETED'
from c cross join (select id_ from act_re_procdef where key_ = 'generalLicensing' order by version_ desc limit 1) d;
commit;
vacuum analyze application; analyze application_form_field; analyze application_history; analyze act_hi_procinst;
