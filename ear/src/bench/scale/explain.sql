-- EXPLAIN ANALYZE of the supervisors' search as Hibernate sends it (columns of ApplicationSummary):
-- the page without a filter, by status and item, a citizen's own list, and their counts.
\set ON_ERROR_STOP on
\echo '--- page, no filter (latest first)'
explain (analyze, buffers, costs off) select a.number, i.code, v.name_zh, v.name_en, a.applicant, f.field_value, a.status, a.submitted_at, a.deemed_accepted, s.code, a.card
from application a join approval_item i on i.id = a.item_id join approval_item_version v on v.id = a.item_version_id
join bureau_section s on s.code = v.section_code
left join application_form_field f on f.application_id = a.id and f.field_name = 'applicantName'
where 1 = 1 order by a.submitted_at desc, a.id desc offset 80 rows fetch first 20 rows only;
\echo '--- count, no filter'
explain (analyze, buffers, costs off) select count(a.id) from application a where 1 = 1;
\echo '--- page, status + item'
explain (analyze, buffers, costs off) select a.number, i.code, v.name_zh, v.name_en, a.applicant, f.field_value, a.status, a.submitted_at, a.deemed_accepted, s.code, a.card
from application a join approval_item i on i.id = a.item_id join approval_item_version v on v.id = a.item_version_id
join bureau_section s on s.code = v.section_code
left join application_form_field f on f.application_id = a.id and f.field_name = 'applicantName'
where 1 = 1 and a.status = 'APPROVED' and i.code = 'SC-0001' order by a.submitted_at desc, a.id desc offset 0 rows fetch first 20 rows only;
\echo '--- count, status + item'
explain (analyze, buffers, costs off) select count(a.id) from application a join approval_item i on i.id = a.item_id where 1 = 1 and a.status = 'APPROVED' and i.code = 'SC-0001';
\echo '--- count, status UNDER_REVIEW + item'
explain (analyze, buffers, costs off) select count(a.id) from application a join approval_item i on i.id = a.item_id where 1 = 1 and a.status = 'UNDER_REVIEW' and i.code = 'WJ-0001';
\echo '--- page, a citizen''s own (zhangsan)'
explain (analyze, buffers, costs off) select a.number, i.code, v.name_zh, v.name_en, a.applicant, f.field_value, a.status, a.submitted_at, a.deemed_accepted, s.code, a.card
from application a join approval_item i on i.id = a.item_id join approval_item_version v on v.id = a.item_version_id
join bureau_section s on s.code = v.section_code
left join application_form_field f on f.application_id = a.id and f.field_name = 'applicantName'
where 1 = 1 and a.applicant = 'zhangsan' order by a.submitted_at desc, a.id desc offset 0 rows fetch first 20 rows only;
\echo '--- count, a citizen''s own (zhangsan)'
explain (analyze, buffers, costs off) select count(a.id) from application a where 1 = 1 and a.applicant = 'zhangsan';
\echo '--- number contains'
explain (analyze, buffers, costs off) select count(a.id) from application a where 1 = 1 and a.number like '%20240506002200%';
\echo '--- page, number contains (part of a number; sorted after the scan as JpaApplicationRepository asks)'
explain (analyze, buffers, costs off) select a.number, i.code, v.name_zh, v.name_en, a.applicant, f.field_value, a.status, a.submitted_at, a.deemed_accepted, s.code, a.card
from application a join approval_item i on i.id = a.item_id join approval_item_version v on v.id = a.item_version_id
join bureau_section s on s.code = v.section_code
left join application_form_field f on f.application_id = a.id and f.field_name = 'applicantName'
where 1 = 1 and a.number like '%0506002200%' order by coalesce(a.submitted_at, a.submitted_at) desc, a.id desc offset 0 rows fetch first 20 rows only;
\echo '--- page, a whole number (equality)'
explain (analyze, buffers, costs off) select a.number, i.code, v.name_zh, v.name_en, a.applicant, f.field_value, a.status, a.submitted_at, a.deemed_accepted, s.code, a.card
from application a join approval_item i on i.id = a.item_id join approval_item_version v on v.id = a.item_version_id
join bureau_section s on s.code = v.section_code
left join application_form_field f on f.application_id = a.id and f.field_name = 'applicantName'
where 1 = 1 and a.number = 'XK20240506002200' order by a.submitted_at desc, a.id desc offset 0 rows fetch first 20 rows only;
