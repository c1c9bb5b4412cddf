-- The first catalogue items run by the generic licensing process (a fuller catalogue: issue 3).
-- Reference data, present in every installation (unlike the demo accounts).

insert into approval_item (code, name_zh, name_en, department_zh, department_en, section_zh, section_en,
  legal_basis_zh, legal_basis_en, kind, statutory_days, promised_days, process_key, active)
values ('WJ-0001', '公共场所卫生许可', 'Public place hygiene licence',
  '卫生健康委员会', 'Health Commission', '社会事务审批科', 'Social Affairs Approval Section',
  '《公共场所卫生管理条例》第八条', 'Regulations on Hygiene Administration of Public Places, Art. 8',
  'PROMISED', 20, 5, 'generalLicensing', true);

insert into approval_item (code, name_zh, name_en, department_zh, department_en, section_zh, section_en,
  legal_basis_zh, legal_basis_en, kind, statutory_days, promised_days, process_key, active)
values ('WL-0001', '娱乐场所经营许可', 'Entertainment venue business licence',
  '文化和旅游局', 'Culture and Tourism Bureau', '社会事务审批科', 'Social Affairs Approval Section',
  '《娱乐场所管理条例》第九条', 'Regulations on the Administration of Entertainment Venues, Art. 9',
  'PROMISED', 20, 10, 'generalLicensing', true);

insert into approval_item (code, name_zh, name_en, department_zh, department_en, section_zh, section_en,
  legal_basis_zh, legal_basis_en, kind, statutory_days, promised_days, process_key, active)
values ('JT-0001', '道路货物运输经营许可', 'Road freight transport business permit',
  '交通运输局', 'Transport Bureau', '交通建设审批科', 'Transport and Construction Approval Section',
  '《中华人民共和国道路运输条例》第二十四条', 'Road Transport Regulations of the PRC, Art. 24',
  'PROMISED', 20, 5, 'generalLicensing', true);

insert into approval_item_material (item_id, position, code, name_zh, name_en, required)
select id, 0, 'application-form', '公共场所卫生许可申请表', 'Application form for a public place hygiene licence', true from approval_item where code = 'WJ-0001';
insert into approval_item_material (item_id, position, code, name_zh, name_en, required)
select id, 1, 'business-licence', '营业执照复印件', 'Copy of the business licence', true from approval_item where code = 'WJ-0001';
insert into approval_item_material (item_id, position, code, name_zh, name_en, required)
select id, 2, 'floor-plan', '经营场所平面布局图', 'Floor plan of the premises', true from approval_item where code = 'WJ-0001';
insert into approval_item_material (item_id, position, code, name_zh, name_en, required)
select id, 3, 'hygiene-test-report', '卫生检测（评价）报告', 'Hygiene test (evaluation) report', true from approval_item where code = 'WJ-0001';

insert into approval_item_material (item_id, position, code, name_zh, name_en, required)
select id, 0, 'application-form', '娱乐场所经营许可申请表', 'Application form for an entertainment venue licence', true from approval_item where code = 'WL-0001';
insert into approval_item_material (item_id, position, code, name_zh, name_en, required)
select id, 1, 'identity-document', '法定代表人身份证明', 'Identity document of the legal representative', true from approval_item where code = 'WL-0001';
insert into approval_item_material (item_id, position, code, name_zh, name_en, required)
select id, 2, 'fire-safety', '消防安全检查合格证明', 'Fire safety inspection certificate', true from approval_item where code = 'WL-0001';
insert into approval_item_material (item_id, position, code, name_zh, name_en, required)
select id, 3, 'premises-proof', '经营场所使用权证明', 'Proof of the right to use the premises', false from approval_item where code = 'WL-0001';

insert into approval_item_material (item_id, position, code, name_zh, name_en, required)
select id, 0, 'application-form', '道路货物运输经营申请表', 'Application form for road freight transport', true from approval_item where code = 'JT-0001';
insert into approval_item_material (item_id, position, code, name_zh, name_en, required)
select id, 1, 'vehicle-list', '拟投入车辆承诺书及车辆清单', 'Commitment and list of the vehicles to be used', true from approval_item where code = 'JT-0001';
insert into approval_item_material (item_id, position, code, name_zh, name_en, required)
select id, 2, 'driver-qualification', '驾驶人员从业资格证', 'Drivers'' professional qualification certificates', true from approval_item where code = 'JT-0001';
insert into approval_item_material (item_id, position, code, name_zh, name_en, required)
select id, 3, 'safety-rules', '安全生产管理制度文本', 'Work-safety management rules', true from approval_item where code = 'JT-0001';
