-- Version 30: deregistration of a market entity (注销登记, issue 16): the simplified path (简易注销) with
-- the investors' commitment and the 20-day public notice open to objections, and the ordinary path
-- (普通注销) with the liquidation report. Written in the SQL that H2 2.x and PostgreSQL both accept.

insert into item_theme (code, name_zh, name_en) values
  ('MARKET_EXIT', '企业注销', 'Closing a business');

-- SC-0040 简易注销登记
insert into approval_item (code, active) values ('SC-0040', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '简易注销登记', 'Simplified deregistration',
  'MARKET', 'MARKET_ACCESS', 'MARKET_EXIT', 'PROMISED',
  '《中华人民共和国市场主体登记管理条例》第三十三条；《中华人民共和国市场主体登记管理条例实施细则》第四十七条至第五十条',
  'Regulations of the PRC on the Administration of Registration of Market Entities, Art. 33; Implementing Rules, Arts. 47 to 50',
  '未发生债权债务或者已将债权债务清偿完结，未发生或者已结清清偿费用、职工工资、社会保险费用、法定补偿金、应缴纳税款（滞纳金、罚款），并由全体投资人书面承诺对上述情况的真实性承担法律责任。上市股份有限公司、被列入经营异常名录或者严重违法失信名单、存在股权（财产份额）被冻结或者出质、正在被立案调查或者营业执照被吊销的，不适用简易注销。企业通过国家企业信用信息公示系统公示20日，公示期内无异议的，可于公示期届满之日起20日内申请注销登记；个体工商户无需公示。',
  'No debts or claims, or all settled, including liquidation costs, wages, social insurance, statutory compensation and taxes, which all investors commit to in writing. Not for listed companies, entities on the abnormal-operations or serious-violation lists, with frozen or pledged equity, under investigation, or whose licence was revoked. Companies are publicly notified for 20 days; without objection they apply within 20 days after the notice ends. Individual businesses need no notice.',
  3, 1, '不收费', 'Free', null, null,
  '准予注销登记通知书', 'Notice of approved deregistration',
  '不适用', 'Not applicable',
  '0351-4060101', '12345', 'simplifiedDeregistration'
from approval_item where code = 'SC-0040';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'investors-commitment', '全体投资人承诺书', 'Commitment of all investors', 'ORIGINAL', 1, false,
  '在线提交简易注销时由申请人代表全体投资人签署，系统生成并以系统密钥存证，无需上传', 'Signed online by the applicant for all investors when filing; the system produces and records it, nothing to upload', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0040' and v.version_no = 1;

-- SC-0041 普通注销登记 (the fallback path; the same process model, without the notice)
insert into approval_item (code, active) values ('SC-0041', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '普通注销登记', 'Ordinary deregistration',
  'MARKET', 'MARKET_ACCESS', 'MARKET_EXIT', 'PROMISED',
  '《中华人民共和国公司法》第二百三十九条；《中华人民共和国市场主体登记管理条例》第三十一条、第三十二条',
  'Company Law of the PRC, Art. 239; Regulations of the PRC on the Administration of Registration of Market Entities, Arts. 31 and 32',
  '市场主体因解散、被宣告破产或者其他法定事由需要终止的，应当依法向登记机关申请注销登记；依法需要清算的，清算结束后30日内申请注销登记，并提交清算报告。',
  'A market entity that ends by dissolution, bankruptcy or another legal cause applies for deregistration; where liquidation is required, within 30 days after it ends, with the liquidation report.',
  10, 3, '不收费', 'Free', null, null,
  '准予注销登记通知书', 'Notice of approved deregistration',
  '不适用', 'Not applicable',
  '0351-4060101', '12345', 'simplifiedDeregistration'
from approval_item where code = 'SC-0041';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'liquidation-report', '清算报告', 'Liquidation report', 'ORIGINAL', 1, true,
  '经确认的清算报告（依法不需要清算的除外）', 'The confirmed liquidation report (unless no liquidation is required by law)', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0041' and v.version_no = 1;

insert into step_limit (process_key, step, working_days) values
  ('simplifiedDeregistration', 'reviewObjection', 5),
  ('simplifiedDeregistration', 'acceptApplication', 1),
  ('simplifiedDeregistration', 'reviewApplication', 3),
  ('simplifiedDeregistration', 'decideApplication', 1);

-- 经营异常名录: the credit codes the registration authority listed for abnormal operations, with the
-- reason and the day; administrators list and remove them. A listed business may not use the
-- simplified path.
create table abnormal_operation (
  id              bigint generated by default as identity primary key,
  credit_code     varchar(18)              not null,
  reason          varchar(512)             not null,
  listed_on       date                     not null,
  listed_by       varchar(64)              not null,
  removed_at      timestamp with time zone,
  removed_by      varchar(64),
  removal_reason  varchar(512)
);
create index ix_abnormal_operation_code on abnormal_operation (credit_code);

-- One deregistration of one business: its path, the investors' commitment, the public notice (its
-- public number, e.g. GSJY-2026-000123, and its days) and where it stands.
create table deregistration (
  id                   bigint generated by default as identity primary key,
  application_number   varchar(32)              not null,
  credit_code          varchar(18)              not null,
  full_name            varchar(256)             not null,
  entity_type          varchar(32)              not null,
  authority            varchar(128)             not null,
  applicant            varchar(64)              not null,
  path                 varchar(16)              not null,
  status               varchar(24)              not null,
  investors            varchar(4000)            not null,
  commitment_text      varchar(4000)            not null,
  commitment_document  bigint,
  notice_number        varchar(32),
  notice_starts_on     date,
  notice_ends_on       date,
  filing_until         date,
  created_at           timestamp with time zone not null,
  status_changed_at    timestamp with time zone not null,
  version              bigint                   not null,
  constraint uk_deregistration_application unique (application_number),
  constraint uk_deregistration_notice unique (notice_number),
  constraint ck_deregistration_path check (path in ('SIMPLE', 'ORDINARY')),
  constraint ck_deregistration_status check (status in ('NOTICE', 'OBJECTION_REVIEW',
    'AWAITING_FILING', 'FILED', 'REFUSED', 'LAPSED', 'DEREGISTERED', 'DENIED'))
);
create index ix_deregistration_code on deregistration (credit_code);

-- The yearly counter of public notice numbers.
create table deregistration_notice_counter (
  notice_year  integer primary key,
  last_value   integer not null
);

-- An objection to a public notice (异议). The objector's contact is never shown publicly; the
-- address is kept only as a hash, for the rate limit.
create table deregistration_objection (
  id                bigint generated by default as identity primary key,
  deregistration_id bigint                   not null references deregistration (id),
  objector_name     varchar(64)              not null,
  contact           varchar(128)             not null,
  reason            varchar(2000)            not null,
  address_hash      varchar(64)              not null,
  filed_at          timestamp with time zone not null,
  decision          varchar(16),
  decided_by        varchar(64),
  decided_at        timestamp with time zone
);
create index ix_deregistration_objection_address on deregistration_objection (address_hash, filed_at);
