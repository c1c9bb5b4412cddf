-- Version 4: the catalogue grows to the bureau's first full list of approval items (issue 3).
-- Each item comes from a former department whose licensing power the bureau took over; each gets its
-- first version, effective 2026-01-01. Statutory limits are working days from acceptance, as set by
-- the special law or regulation cited in legal_basis, otherwise 20 (Administrative Licensing Law,
-- Art. 42). Special steps (Art. 45: hearing, inspection, expert review, public notice) stop the clock.
-- Written in the SQL that H2 2.x and PostgreSQL both accept.

-- SC-0001 食品经营许可
insert into approval_item (code, active) values ('SC-0001', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '食品经营许可', 'Food business licence',
  'MARKET', 'MARKET_ACCESS', 'BUSINESS_START', 'PROMISED',
  '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》（国家市场监督管理总局令第78号）',
  'Food Safety Law of the PRC, Art. 35; Measures for the Administration of Food Business Licensing and Filing (SAMR Order No. 78)',
  '具有与经营的食品品种、数量相适应的食品原料处理和食品加工、销售、贮存等场所，保持场所环境整洁，并与有毒、有害场所以及其他污染源保持规定的距离；具有与经营的食品品种、数量相适应的经营设备或者设施；有专职或者兼职的食品安全管理人员和保证食品安全的规章制度；具有合理的设备布局和工艺流程。仅销售预包装食品的，无需取得许可，向所在地市场监督管理部门备案即可。',
  'Premises for handling, processing, selling and storing food suited to the kinds and quantities of food, kept clean and at the required distance from toxic or harmful sites and other sources of pollution; equipment or facilities suited to the business; full-time or part-time food-safety managers and food-safety rules; a reasonable layout and process flow. Businesses that only sell pre-packaged food need no licence: they file with the local market regulation authority.',
  10, 3, '不收费', 'Free', null, null,
  '食品经营许可证', 'Food business licence',
  '5年', '5 years',
  '0351-4060101', '12345', 'generalLicensing'
from approval_item where code = 'SC-0001';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '食品经营许可申请书', 'Application form for a food business licence', 'ORIGINAL', 1, true,
  null, null, 'templates/sc-0001-application.html'
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'business-licence', '营业执照或者其他主体资格证明文件', 'Business licence or other proof of legal status', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'layout-and-equipment', '与食品经营相适应的主要设备设施、经营布局、操作流程等文件', 'Main equipment and facilities, business layout and operating procedures suited to the food business', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'food-safety-rules', '食品安全自查、从业人员健康管理、进货查验记录、食品安全事故处置等保证食品安全的规章制度目录', 'List of food-safety rules (self-inspection, staff health management, purchase inspection records, incident handling)', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'vending-machines', '自动设备放置地点、许可证展示方法及食品安全风险管控方案', 'Locations of the vending devices, how the licence is displayed, and the food-safety risk-control plan', 'ORIGINAL', 1, false,
  '利用自动设备从事食品经营的', 'When food is sold through automatic vending devices', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'power-of-attorney', '授权委托书及代理人身份证明', 'Power of attorney and identity document of the agent', 'ORIGINAL_AND_COPY', 1, false,
  '委托他人代为办理的', 'When an agent applies on the applicant''s behalf', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0001' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'SITE_INSPECTION', 3, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0001' and v.version_no = 1;

-- SC-0002 有限责任公司设立登记
insert into approval_item (code, active) values ('SC-0002', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '有限责任公司设立登记', 'Establishment registration of a limited liability company',
  'MARKET', 'MARKET_ACCESS', 'BUSINESS_START', 'ON_THE_SPOT',
  '《中华人民共和国公司法》第二十九条；《中华人民共和国市场主体登记管理条例》第三条、第十九条',
  'Company Law of the PRC, Art. 29; Regulations of the PRC on the Administration of Registration of Market Entities, Arts. 3 and 19',
  '由一个以上五十个以下股东出资设立；全体股东认缴的出资额自公司成立之日起五年内缴足；股东共同制定公司章程；有自主申报并符合规定的公司名称、符合要求的组织机构和公司住所。登记机关对申请材料进行形式审查，材料齐全、符合法定形式的当场登记；不能当场登记的，在3个工作日内予以登记。',
  'One to fifty shareholders; the subscribed capital is paid in full within five years of establishment; articles of association made by the shareholders; a self-declared company name that meets the rules, the required organs and a domicile. The registration authority reviews the form of the materials and registers on the spot when they are complete and in the statutory form, otherwise within 3 working days.',
  3, 0, '不收费', 'Free', null, null,
  '营业执照（纸质正本、副本及电子营业执照）', 'Business licence (paper original and duplicate, and electronic business licence)',
  '营业期限按公司章程确定（可为长期）', 'Operating term as set in the articles of association (may be unlimited)',
  '0351-4060101', '12345', 'generalLicensing'
from approval_item where code = 'SC-0002';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'registration-application', '公司登记（备案）申请书', 'Company registration (filing) application form', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'articles-of-association', '公司章程', 'Articles of association', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'shareholder-identity', '股东的主体资格证明或者自然人身份证明', 'Proof of legal status of corporate shareholders or identity documents of natural-person shareholders', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'officers', '法定代表人、董事、监事和高级管理人员的任职文件及身份证明', 'Appointment documents and identity documents of the legal representative, directors, supervisors and senior managers', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'domicile', '住所使用相关文件或者住所（经营场所）申报承诺', 'Proof of the right to use the domicile, or a domicile declaration and commitment', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'prior-approval', '有关批准文件或者许可证件', 'Relevant approval documents or licences', 'COPY', 1, false,
  '法律、行政法规规定设立公司须报经批准的', 'When laws or administrative regulations require approval before the company is established', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0002' and v.version_no = 1;

-- SC-0003 个体工商户设立登记
insert into approval_item (code, active) values ('SC-0003', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '个体工商户设立登记', 'Registration of an individual business',
  'MARKET', 'MARKET_ACCESS', 'BUSINESS_START', 'ON_THE_SPOT',
  '《中华人民共和国市场主体登记管理条例》第三条、第十九条；《促进个体工商户发展条例》',
  'Regulations of the PRC on the Administration of Registration of Market Entities, Arts. 3 and 19; Regulations on Promoting the Development of Individual Industrial and Commercial Households',
  '有经营能力的自然人或者家庭；有固定的经营场所；经营范围不属于法律、行政法规禁止的项目；使用名称的，名称符合规定。材料齐全、符合法定形式的当场登记；不能当场登记的，在3个工作日内予以登记。',
  'A natural person or family able to run a business; fixed business premises; a business scope not prohibited by law; a name, if used, that meets the rules. Registered on the spot when the materials are complete and in the statutory form, otherwise within 3 working days.',
  3, 0, '不收费', 'Free', null, null,
  '营业执照（个体工商户）', 'Business licence (individual business)',
  '长期', 'Unlimited',
  '0351-4060101', '12345', 'generalLicensing'
from approval_item where code = 'SC-0003';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'registration-application', '个体工商户登记（备案）申请书', 'Registration (filing) application form for an individual business', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'operator-identity', '经营者身份证明', 'Identity document of the operator', 'ORIGINAL_AND_COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'premises-proof', '经营场所使用证明', 'Proof of the right to use the business premises', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'family-proof', '家庭成员关系证明', 'Proof of family relationship of the participating members', 'COPY', 1, false,
  '以家庭形式经营的', 'When the business is run by a family', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'power-of-attorney', '授权委托书及代理人身份证明', 'Power of attorney and identity document of the agent', 'ORIGINAL_AND_COPY', 1, false,
  '委托他人代为办理的', 'When an agent applies on the applicant''s behalf', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SC-0003' and v.version_no = 1;

-- JZ-0001 建筑工程施工许可
insert into approval_item (code, active) values ('JZ-0001', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '建筑工程施工许可', 'Construction permit for building works',
  'HOUSING', 'INVESTMENT', 'CONSTRUCTION', 'PROMISED',
  '《中华人民共和国建筑法》第七条、第八条；《建筑工程施工许可管理办法》（住房和城乡建设部令第18号）第二条、第四条、第五条',
  'Construction Law of the PRC, Arts. 7 and 8; Administrative Measures for Construction Permits of Building Works (MOHURD Order No. 18), Arts. 2, 4 and 5',
  '依法应当办理用地批准手续的，已经办理；依法应当办理建设工程规划许可证的，已经取得；施工场地已经基本具备施工条件，需要征收房屋的，其进度符合施工要求；已经确定施工企业；有满足施工需要的资金安排、施工图纸及技术资料，施工图设计文件已按规定审查合格；有保证工程质量和安全的具体措施；建设资金已经落实。工程投资额在30万元以下或者建筑面积在300平方米以下的建筑工程，可以不申请施工许可证。',
  'Land-use approval obtained where required; a planning permit for construction works obtained where required; the site is basically ready and any house expropriation is far enough advanced; the construction enterprise has been chosen; funding arrangements, construction drawings and technical documents meet the needs of construction and the drawings have passed review; concrete measures for quality and safety; funding in place. Works below CNY 300,000 or below 300 m² need no permit.',
  7, 3, '不收费', 'Free', null, null,
  '建筑工程施工许可证', 'Construction permit for building works',
  '自领取之日起3个月内开工；因故不能按期开工的可申请延期，延期以两次为限，每次不超过3个月', 'Works must start within 3 months of issue; up to two extensions of at most 3 months each may be applied for',
  '0351-4060201', '12345', 'generalLicensing'
from approval_item where code = 'JZ-0001';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '建筑工程施工许可证申请表', 'Application form for a construction permit for building works', 'ORIGINAL', 1, true,
  null, null, 'templates/jz-0001-application.html'
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JZ-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'land-approval', '建设工程用地批准手续证明文件', 'Proof of the land-use approval for the project', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JZ-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'planning-permit', '建设工程规划许可证', 'Planning permit for construction works', 'COPY', 1, false,
  '依法应当办理建设工程规划许可证的', 'When a planning permit for construction works is required by law', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JZ-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'contractor', '中标通知书或者施工合同', 'Notice of award or construction contract', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JZ-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'drawings-review', '施工图设计文件审查合格书', 'Certificate that the construction drawings passed review', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JZ-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'quality-safety', '保证工程质量和安全的具体措施（质量安全监督手续）', 'Concrete measures for quality and safety (quality and safety supervision formalities)', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JZ-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 6, 'funding-commitment', '建设资金已经落实承诺书', 'Commitment that the construction funding is in place', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JZ-0001' and v.version_no = 1;

-- JZ-0002 城镇污水排入排水管网许可
insert into approval_item (code, active) values ('JZ-0002', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '城镇污水排入排水管网许可', 'Permit to discharge wastewater into urban drainage networks',
  'HOUSING', 'INVESTMENT', 'CONSTRUCTION', 'PROMISED',
  '《城镇排水与污水处理条例》第二十一条；《城镇污水排入排水管网许可管理办法》（住房和城乡建设部令第21号，2022年修正）第四条、第六条、第八条',
  'Regulations on Urban Drainage and Sewage Treatment, Art. 21; Administrative Measures for Permits to Discharge Urban Sewage into Drainage Networks (MOHURD Order No. 21, amended 2022), Arts. 4, 6 and 8',
  '污水排放口的设置符合城镇排水与污水处理规划的要求；排放污水的水质符合国家或者地方规定的有关排放标准；按照国家有关规定建设相应的预处理设施；按照国家有关规定在排放口设置便于采样和水量计量的专用检测井和计量设备；列入重点排污单位名录的排水户已安装主要水污染物排放自动监测设备。城镇居民排放生活污水无需申请。',
  'Outfalls placed as the urban drainage and sewage treatment plan requires; discharged water meets national or local standards; pre-treatment facilities built where required; sampling wells and flow meters at the outfall; dischargers on the key-polluter list have installed automatic monitoring of the main pollutants. Household sewage of urban residents needs no permit.',
  15, 5, '不收费', 'Free', null, null,
  '城镇污水排入排水管网许可证', 'Urban wastewater discharge permit',
  '5年；因施工作业需要排水的，按施工期限确定', '5 years; for construction drainage, the construction period',
  '0351-4060201', '12345', 'generalLicensing'
from approval_item where code = 'JZ-0002';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '排水许可申请表', 'Application form for a drainage permit', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JZ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'network-drawings', '排水户内部排水管网、专用检测井、雨污水排放口位置和口径的图纸及说明', 'Drawings and description of the internal drainage network, sampling wells and the position and size of rainwater and sewage outfalls', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JZ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'pretreatment', '污水预处理设施的有关材料', 'Documents on the sewage pre-treatment facilities', 'COPY', 1, false,
  '按照国家有关规定需要建设污水预处理设施的', 'When national rules require pre-treatment facilities', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JZ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'hidden-works', '排水隐蔽工程竣工报告，或者雨污水管网无混接错接的书面承诺', 'Completion report of concealed drainage works, or a written commitment that rainwater and sewage pipes are not cross-connected', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JZ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'water-quality', '排水水质符合相关标准的检测报告或者书面承诺', 'Test report, or written commitment, that the discharged water meets the standards', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JZ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'auto-monitoring', '已安装主要水污染物排放自动监测设备的有关材料', 'Documents on the installed automatic monitoring equipment for the main water pollutants', 'COPY', 1, false,
  '列入重点排污单位名录的', 'When the discharger is on the key-polluter list', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JZ-0002' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'SITE_INSPECTION', 3, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JZ-0002' and v.version_no = 1;

-- ZR-0001 建设工程规划许可
insert into approval_item (code, active) values ('ZR-0001', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '建设工程规划许可', 'Planning permit for construction works',
  'NATURAL_RESOURCES', 'INVESTMENT', 'CONSTRUCTION', 'PROMISED',
  '《中华人民共和国城乡规划法》第四十条、第五十条；《中华人民共和国行政许可法》第四十七条',
  'Urban and Rural Planning Law of the PRC, Arts. 40 and 50; Administrative Licensing Law of the PRC, Art. 47',
  '在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设；已取得土地使用权证明或者用地批准文件；建设工程设计方案符合控制性详细规划和规划条件。许可直接涉及申请人与他人之间重大利益关系的，作出决定前进行批前公示并告知申请人、利害关系人享有要求听证的权利。',
  'Buildings, structures, roads, pipelines or other works inside an urban or town planning area; proof of the land-use right or land-use approval; a design scheme that complies with the regulatory detailed plan and the planning conditions. Where the permit directly affects major interests between the applicant and others, it is publicly noticed before approval and the applicant and interested parties are told of their right to request a hearing.',
  20, 10, '不收费', 'Free', null, null,
  '建设工程规划许可证', 'Planning permit for construction works',
  '按省级城乡规划条例规定的期限；期满未开工且未申请延期的失效', 'As set by the provincial planning regulations; lapses if works have not started and no extension was applied for',
  '0351-4060201', '12345', 'generalLicensing'
from approval_item where code = 'ZR-0001';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '建设工程规划许可申请表', 'Application form for a planning permit for construction works', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'land-title', '不动产权证书或者用地批准文件', 'Real-estate title certificate or land-use approval', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'design-scheme', '建设工程设计方案（含总平面图、建筑单体平立剖面图）', 'Design scheme of the works (site plan, floor plans, elevations and sections)', 'ORIGINAL', 2, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'design-scheme-electronic', '建设工程设计方案电子文件', 'Electronic files of the design scheme', 'ELECTRONIC', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'stakeholder-opinions', '利害关系人意见征询材料', 'Record of consultation of interested parties', 'ORIGINAL', 1, false,
  '确需修改经依法审定的修建性详细规划或者建设工程设计方案总平面图的', 'When a lawfully approved constructive detailed plan or site plan has to be changed', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0001' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'PUBLIC_NOTICE', 7, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0001' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 1, 'HEARING', 20, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0001' and v.version_no = 1;

-- ZR-0002 建设用地规划许可
insert into approval_item (code, active) values ('ZR-0002', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '建设用地规划许可', 'Planning permit for construction land',
  'NATURAL_RESOURCES', 'INVESTMENT', 'CONSTRUCTION', 'PROMISED',
  '《中华人民共和国城乡规划法》第三十七条、第三十八条',
  'Urban and Rural Planning Law of the PRC, Arts. 37 and 38',
  '以划拨方式提供国有土地使用权的建设项目，经有关部门批准、核准、备案后申请；以出让方式取得国有土地使用权的建设项目，在签订国有土地使用权出让合同后申请；建设用地的位置、面积、允许建设的范围符合控制性详细规划和规划条件。',
  'For land allocated by the state: after the project has been approved, authorised or filed; for land acquired by transfer (grant): after the land-use right grant contract has been signed; the location, area and permitted building scope comply with the regulatory detailed plan and the planning conditions.',
  20, 5, '不收费', 'Free', null, null,
  '建设用地规划许可证', 'Planning permit for construction land',
  '作为办理用地手续的依据，不单独设定有效期（以地方规定为准）', 'Basis for the land-use formalities; no separate term unless local rules set one',
  '0351-4060201', '12345', 'generalLicensing'
from approval_item where code = 'ZR-0002';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '建设用地规划许可申请表', 'Application form for a planning permit for construction land', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'project-approval', '建设项目批准、核准或者备案文件', 'Approval, authorisation or filing document of the project', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'site-selection', '建设项目用地预审与选址意见书', 'Opinion on land-use pre-examination and site selection', 'COPY', 1, false,
  '以划拨方式提供国有土地使用权的', 'When state land is allocated', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'grant-contract', '国有土地使用权出让合同', 'State land-use right grant contract', 'COPY', 1, false,
  '以出让方式取得国有土地使用权的', 'When the land-use right is acquired by grant', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'boundary-survey', '勘测定界图（宗地图）', 'Boundary survey map (parcel map)', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0002' and v.version_no = 1;

-- ZR-0003 乡村建设规划许可
insert into approval_item (code, active) values ('ZR-0003', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '乡村建设规划许可', 'Rural construction planning permit',
  'NATURAL_RESOURCES', 'INVESTMENT', 'CONSTRUCTION', 'PROMISED',
  '《中华人民共和国城乡规划法》第四十一条',
  'Urban and Rural Planning Law of the PRC, Art. 41',
  '在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设或者农村村民住宅建设；符合乡规划、村庄规划；不得占用农用地，确需占用农用地的，应当依法办理农用地转用审批手续。申请经乡、镇人民政府报城市、县人民政府城乡规划主管部门核发。',
  'Township enterprises, rural public facilities, public-welfare works or villagers'' houses inside a township or village planning area; compliance with the township or village plan; no farmland may be used unless its conversion has been approved by law. The application goes through the township government.',
  20, 5, '不收费', 'Free', null, null,
  '乡村建设规划许可证', 'Rural construction planning permit',
  '按省级城乡规划条例规定的期限', 'As set by the provincial planning regulations',
  '0351-4060201', '12345', 'generalLicensing'
from approval_item where code = 'ZR-0003';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '乡村建设规划许可申请表', 'Application form for a rural construction planning permit', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'applicant-identity', '申请人身份证明或者主体资格证明', 'Identity document or proof of legal status of the applicant', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'village-opinion', '村民委员会或者村集体经济组织意见', 'Opinion of the villagers'' committee or the village collective economic organisation', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'land-right', '宅基地或者集体建设用地使用权证明', 'Proof of the homestead or collective construction land-use right', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'design', '建设工程设计方案或者农房设计通用图', 'Design scheme or standard rural house design', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'farmland-conversion', '农用地转用批准文件', 'Approval of the conversion of farmland', 'COPY', 1, false,
  '确需占用农用地的', 'When farmland has to be used', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0003' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'SITE_INSPECTION', 3, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'ZR-0003' and v.version_no = 1;

-- HB-0001 建设项目环境影响报告书审批
insert into approval_item (code, active) values ('HB-0001', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '建设项目环境影响报告书审批', 'Approval of the environmental impact report of a construction project',
  'ECOLOGY', 'AGRI_ENVIRONMENT', 'CONSTRUCTION', 'PROMISED',
  '《中华人民共和国环境影响评价法》第十六条、第二十二条；《建设项目环境保护管理条例》第九条',
  'Environmental Impact Assessment Law of the PRC, Arts. 16 and 22; Regulations on the Administration of Environmental Protection of Construction Projects, Art. 9',
  '可能造成重大环境影响、依法应当编制环境影响报告书的建设项目。建设项目类型及其选址、布局、规模等符合环境保护法律法规和相关法定规划；所在区域环境质量达到国家或者地方环境质量标准，或者已采取措施满足区域环境质量改善目标管理要求；采取的污染防治措施能够确保污染物排放达到国家和地方排放标准；改建、扩建和技术改造项目对原有环境污染和生态破坏提出有效防治措施；基础资料数据真实，内容无重大缺陷、遗漏，评价结论明确、合理。',
  'Projects that may have a major environmental impact and must by law prepare an environmental impact report. The type, site, layout and scale of the project comply with environmental laws and statutory plans; the regional environmental quality meets the standards or measures meet the improvement targets; pollution-control measures ensure discharges meet national and local standards; expansion and renovation projects address existing pollution and ecological damage; the basic data are true, the report has no major defects or omissions and its conclusions are clear and reasonable.',
  60, 20, '不收费', 'Free', null, null,
  '建设项目环境影响报告书批复', 'Approval of the environmental impact report',
  '自批准之日起超过5年方决定开工建设的，应当报原审批部门重新审核', 'If construction is decided more than 5 years after approval, the report must be re-examined by the approving authority',
  '0351-4060501', '12345', 'generalLicensing'
from approval_item where code = 'HB-0001';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application', '建设项目环境影响报告书审批申请', 'Application for approval of the environmental impact report', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'eia-report', '建设项目环境影响报告书（全本）', 'Environmental impact report (full text)', 'ORIGINAL', 2, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'eia-report-public', '环境影响报告书公开版本（删除涉及国家秘密、商业秘密等内容）', 'Public version of the report (state and commercial secrets removed)', 'ELECTRONIC', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'public-participation', '建设项目环境影响评价公众参与说明', 'Statement on public participation in the environmental impact assessment', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'emission-quota', '重点污染物排放总量控制指标来源说明', 'Statement of the source of the total-emission quota for key pollutants', 'ORIGINAL', 1, false,
  '涉及重点污染物排放总量控制的', 'When key-pollutant total-emission control applies', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0001' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'EXPERT_REVIEW', 30, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0001' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 1, 'PUBLIC_NOTICE', 5, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0001' and v.version_no = 1;

-- HB-0002 建设项目环境影响报告表审批
insert into approval_item (code, active) values ('HB-0002', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '建设项目环境影响报告表审批', 'Approval of the environmental impact form of a construction project',
  'ECOLOGY', 'AGRI_ENVIRONMENT', 'CONSTRUCTION', 'PROMISED',
  '《中华人民共和国环境影响评价法》第十六条、第二十二条；《建设项目环境保护管理条例》第九条',
  'Environmental Impact Assessment Law of the PRC, Arts. 16 and 22; Regulations on the Administration of Environmental Protection of Construction Projects, Art. 9',
  '可能造成轻度环境影响、依法应当编制环境影响报告表的建设项目。建设项目类型及其选址、布局、规模等符合环境保护法律法规和相关法定规划；所在区域环境质量达到国家或者地方环境质量标准，或者已采取措施满足区域环境质量改善目标管理要求；采取的污染防治措施能够确保污染物排放达到国家和地方排放标准；改建、扩建和技术改造项目对原有环境污染和生态破坏提出有效防治措施；基础资料数据真实，内容无重大缺陷、遗漏，评价结论明确、合理。',
  'Projects that may have a slight environmental impact and must by law prepare an environmental impact form. The type, site, layout and scale of the project comply with environmental laws and statutory plans; the regional environmental quality meets the standards or measures meet the improvement targets; pollution-control measures ensure discharges meet national and local standards; expansion and renovation projects address existing pollution and ecological damage; the basic data are true, the report has no major defects or omissions and its conclusions are clear and reasonable.',
  30, 10, '不收费', 'Free', null, null,
  '建设项目环境影响报告表批复', 'Approval of the environmental impact form',
  '自批准之日起超过5年方决定开工建设的，应当报原审批部门重新审核', 'If construction is decided more than 5 years after approval, the form must be re-examined by the approving authority',
  '0351-4060501', '12345', 'generalLicensing'
from approval_item where code = 'HB-0002';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application', '建设项目环境影响报告表审批申请', 'Application for approval of the environmental impact form', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'eia-form', '建设项目环境影响报告表', 'Environmental impact form', 'ORIGINAL', 2, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'eia-form-public', '环境影响报告表公开版本（删除涉及国家秘密、商业秘密等内容）', 'Public version of the form (state and commercial secrets removed)', 'ELECTRONIC', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'emission-quota', '重点污染物排放总量控制指标来源说明', 'Statement of the source of the total-emission quota for key pollutants', 'ORIGINAL', 1, false,
  '涉及重点污染物排放总量控制的', 'When key-pollutant total-emission control applies', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0002' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'EXPERT_REVIEW', 15, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0002' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 1, 'PUBLIC_NOTICE', 5, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0002' and v.version_no = 1;

-- HB-0003 排污许可证核发
insert into approval_item (code, active) values ('HB-0003', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '排污许可证核发', 'Issue of a pollutant discharge permit',
  'ECOLOGY', 'AGRI_ENVIRONMENT', 'AGRI_ENVIRONMENT', 'PROMISED',
  '《中华人民共和国环境保护法》第四十五条；《排污许可管理条例》第二条、第八条、第十二条',
  'Environmental Protection Law of the PRC, Art. 45; Regulations on the Administration of Pollutant Discharge Permits, Arts. 2, 8 and 12',
  '依法取得建设项目环境影响报告书（表）批准文件或者已办理环境影响登记表备案；污染物排放符合排放标准，重点污染物排放符合排污许可证申请与核发技术规范、环境影响评价批准文件和总量控制要求；污染防治设施可以达到许可排放浓度要求或者符合污染防治可行技术；自行监测方案的监测点位、指标、频次等符合自行监测规范。实行简化管理的20日内、实行重点管理的30日内作出决定；需要现场核查的，45日内作出决定。',
  'Environmental impact approval obtained, or the registration form filed; discharges meet the standards, and key pollutants meet the technical specifications, the impact approval and total-emission control; pollution-control facilities achieve the permitted concentrations or use feasible techniques; the self-monitoring plan meets the monitoring specifications. Decided within 20 days under simplified management, 30 days under key management, 45 days when a site check is needed.',
  30, 10, '不收费', 'Free', null, null,
  '排污许可证', 'Pollutant discharge permit',
  '5年', '5 years',
  '0351-4060501', '12345', 'generalLicensing'
from approval_item where code = 'HB-0003';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '排污许可证申请表（经全国排污许可证管理信息平台填报）', 'Pollutant discharge permit application form (filed on the national permit platform)', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'self-monitoring-plan', '自行监测方案', 'Self-monitoring plan', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'commitment', '由法定代表人或者主要负责人签字或者盖章的承诺书', 'Commitment signed or sealed by the legal representative or principal', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'outfall-statement', '排污口规范化的情况说明', 'Statement on the standardisation of the outfalls', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'eia-approval', '建设项目环境影响评价文件审批文号或者相关证明材料', 'Approval number of the environmental impact documents, or equivalent proof', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'disclosure-statement', '排污许可证申请前信息公开情况说明表', 'Statement on information disclosure before the application', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 6, 'sewage-plant-scope', '纳污范围、纳污排污单位名单、管网布置、最终排放去向等说明材料', 'Catchment, list of connected dischargers, network layout and final discharge destination', 'ORIGINAL', 1, false,
  '申请人为污水集中处理设施经营管理单位的', 'When the applicant operates a centralised wastewater treatment facility', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0003' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'SITE_INSPECTION', 15, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'HB-0003' and v.version_no = 1;

-- SL-0001 取水许可
insert into approval_item (code, active) values ('SL-0001', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '取水许可', 'Water abstraction permit',
  'WATER', 'AGRI_ENVIRONMENT', 'AGRI_ENVIRONMENT', 'PROMISED',
  '《中华人民共和国水法》第七条、第四十八条；《取水许可和水资源费征收管理条例》第二条、第十一条、第十二条',
  'Water Law of the PRC, Arts. 7 and 48; Regulations on the Administration of Water Abstraction Permits and the Collection of Water Resource Fees, Arts. 2, 11 and 12',
  '利用取水工程或者设施直接从江河、湖泊或者地下取用水资源（法定免予许可的情形除外）；取水符合水量分配方案和用水总量控制指标，取水地点、取水量、取水方式和退水合理；建设项目需要取水的，已编制建设项目水资源论证报告书（表）；有取水计量设施和节水措施；与第三者的利害关系已作说明。审批机关自受理之日起45个工作日内决定是否批准；取水工程或者设施经验收合格后核发取水许可证。审批不收费，取用水资源依法缴纳水资源税（费）。',
  'Taking water directly from rivers, lakes or underground through intake works (statutory exemptions aside); the abstraction fits the water allocation plan and total-use controls, with reasonable location, quantity, method and return flow; a water-resources assessment report for construction projects; metering and water-saving measures; a statement on interests of third parties. Approval is decided within 45 working days; the permit is issued after the intake works pass acceptance. Free of charge; water resource tax (fee) is paid separately under the law.',
  45, 15, '不收费', 'Free', null, null,
  '取水申请批准文件及取水许可证', 'Approval of the water abstraction application and water abstraction permit',
  '一般为5年，最长不超过10年', 'Usually 5 years, at most 10 years',
  '0351-4060501', '12345', 'generalLicensing'
from approval_item where code = 'SL-0001';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '取水许可申请书', 'Water abstraction permit application', 'ORIGINAL', 1, true,
  null, null, 'templates/sl-0001-application.html'
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SL-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'third-party-statement', '与第三者利害关系的相关说明', 'Statement on interests of third parties', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SL-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'applicant-identity', '营业执照或者其他身份证明', 'Business licence or other identity document', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SL-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'water-assessment', '建设项目水资源论证报告书（表）', 'Water-resources assessment report (form) of the construction project', 'ORIGINAL', 2, false,
  '建设项目需要取水的', 'When a construction project needs to abstract water', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SL-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'project-filing', '建设项目备案材料', 'Filing documents of the project', 'COPY', 1, false,
  '属于备案项目的', 'When the project is subject to filing', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SL-0001' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'EXPERT_REVIEW', 15, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SL-0001' and v.version_no = 1;

-- SL-0002 生产建设项目水土保持方案审批
insert into approval_item (code, active) values ('SL-0002', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '生产建设项目水土保持方案审批', 'Approval of the water and soil conservation plan of a production or construction project',
  'WATER', 'AGRI_ENVIRONMENT', 'CONSTRUCTION', 'PROMISED',
  '《中华人民共和国水土保持法》第二十五条、第二十六条；《生产建设项目水土保持方案管理办法》（水利部令第53号）',
  'Law of the PRC on Water and Soil Conservation, Arts. 25 and 26; Measures for the Administration of Water and Soil Conservation Plans for Production and Construction Projects (MWR Order No. 53)',
  '在山区、丘陵区、风沙区以及水土保持规划确定的容易发生水土流失的其他区域开办可能造成水土流失的生产建设项目；征占地面积5公顷以上或者挖填土石方总量5万立方米以上的，编制水土保持方案报告书（本事项）；报告表实行承诺制管理，受理后即时办结。水土流失防治目标、防治责任范围合理，弃渣场、取土场选址合理，水土保持措施配置合理、体系完整。',
  'Production or construction projects that may cause soil erosion in mountain, hill or sand areas or other erosion-prone areas; projects occupying 5 ha or more or moving 50,000 m³ or more of earth prepare a plan report (this item); plan forms are approved on commitment at acceptance. Erosion-control targets and responsibility areas are reasonable, spoil and borrow sites well chosen, measures complete.',
  10, 5, '不收费', 'Free', null, null,
  '水土保持方案审批准予行政许可决定书', 'Decision approving the water and soil conservation plan',
  '自批准之日起满3年项目方开工建设的，应当报原审批部门重新审核；项目地点、规模发生重大变化的，应当补充或者修改方案', 'If construction starts 3 years or more after approval, the plan is re-examined; major changes of site or scale require a supplement or revision',
  '0351-4060501', '12345', 'generalLicensing'
from approval_item where code = 'SL-0002';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application', '生产建设项目水土保持方案审批申请', 'Application for approval of the water and soil conservation plan', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SL-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'plan-report', '水土保持方案报告书', 'Water and soil conservation plan report', 'ORIGINAL', 2, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SL-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'plan-report-electronic', '水土保持方案报告书电子文件', 'Electronic file of the plan report', 'ELECTRONIC', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SL-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'project-documents', '项目立项（审批、核准、备案）相关文件', 'Project approval, authorisation or filing documents', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SL-0002' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'EXPERT_REVIEW', 30, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'SL-0002' and v.version_no = 1;

-- NY-0001 农药经营许可
insert into approval_item (code, active) values ('NY-0001', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '农药经营许可', 'Pesticide business licence',
  'AGRICULTURE', 'AGRI_ENVIRONMENT', 'AGRI_ENVIRONMENT', 'PROMISED',
  '《农药管理条例》第二十四条、第二十五条；《农药经营许可管理办法》（农业部令2017年第5号）第三条、第四条',
  'Regulations on Pesticide Administration, Arts. 24 and 25; Administrative Measures for Pesticide Business Licences (MOA Order 2017 No. 5), Arts. 3 and 4',
  '有农学、植保、农药等相关专业中专以上学历或者专业教育培训机构56学时以上学习经历、能够指导安全合理使用农药的经营人员；有不少于30平方米的营业场所、不少于50平方米的仓储场所，并与其他商品、生活区域、饮用水源有效隔离；配备通风、消防、预防中毒等设施和展示陈列设施；有可追溯电子信息码扫描识别设备和电子台账计算机管理系统；有进货查验、台账记录、安全管理、安全防护、应急处置、仓储管理、农药废弃物回收与处置、使用指导等管理制度和岗位操作规程。限制使用农药经营许可由省级农业农村部门核发，不在本事项范围内；经营卫生用农药的无需许可。',
  'Sales staff with secondary vocational education in agronomy, plant protection or pesticides, or 56 hours of professional training, able to advise on safe use; sales premises of at least 30 m² and storage of at least 50 m², separated from other goods, living areas and drinking-water sources; ventilation, fire, anti-poisoning and display facilities; traceability code scanners and an electronic ledger system; rules for purchase checks, records, safety, emergencies, storage, waste recovery and use guidance. Restricted-use pesticides are licensed by the province and are outside this item; sanitary pesticides need no licence.',
  20, 7, '不收费', 'Free', null, null,
  '农药经营许可证', 'Pesticide business licence',
  '5年', '5 years',
  '0351-4060501', '12345', 'generalLicensing'
from approval_item where code = 'NY-0001';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '农药经营许可证申请表', 'Application form for a pesticide business licence', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'representative-identity', '法定代表人（负责人）身份证明', 'Identity document of the legal representative (person in charge)', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'staff-qualification', '经营人员的学历或者培训证明', 'Education or training certificates of the sales staff', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'premises', '营业场所和仓储场所地址、面积、平面图等说明材料及照片', 'Address, area and floor plans of the sales and storage premises, with photographs', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'equipment-list', '计算机管理系统、可追溯电子信息码扫描设备、安全防护、仓储设施等清单及照片', 'List and photographs of the computer system, traceability scanners, safety and storage facilities', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'management-rules', '有关管理制度目录及文本', 'List and text of the management rules', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 6, 'declaration', '申请材料真实性、合法性声明', 'Declaration that the materials are true and lawful', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0001' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'SITE_INSPECTION', 5, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0001' and v.version_no = 1;

-- NY-0002 农作物种子生产经营许可（县级权限）
insert into approval_item (code, active) values ('NY-0002', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '农作物种子生产经营许可（县级权限）', 'Crop seed production and business licence (county level)',
  'AGRICULTURE', 'AGRI_ENVIRONMENT', 'AGRI_ENVIRONMENT', 'PROMISED',
  '《中华人民共和国种子法》第三十一条、第三十二条；《农作物种子生产经营许可管理办法》（农业部令2016年第5号）',
  'Seed Law of the PRC, Arts. 31 and 32; Administrative Measures for Crop Seed Production and Business Licences (MOA Order 2016 No. 5)',
  '不属于由国务院或者省级农业农村主管部门核发的情形（种子进出口、主要农作物杂交种子及其亲本种子、常规种原种种子生产经营，实行选育生产经营相结合的企业等）；具有与种子生产经营相适应的生产经营设施、设备及专业技术人员；有种子加工、检验设备和仓储设施；生产经营授权品种种子的，取得品种权人的书面同意。',
  'Not among the licences issued by the State Council or provincial authorities (seed import and export, hybrid seed of main crops and their parents, original seed of conventional varieties, integrated breeding-production-marketing enterprises, etc.); production and business facilities, equipment and technical staff suited to the business; seed processing, testing and storage facilities; written consent of the right holder for protected varieties.',
  20, 10, '不收费', 'Free', null, null,
  '农作物种子生产经营许可证', 'Crop seed production and business licence',
  '5年', '5 years',
  '0351-4060501', '12345', 'generalLicensing'
from approval_item where code = 'NY-0002';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '农作物种子生产经营许可证申请表', 'Application form for a crop seed production and business licence', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'company-documents', '单位基本情况、公司章程及营业执照', 'Basic information, articles of association and business licence', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'technical-staff', '种子生产、加工贮藏、检验专业技术人员基本情况及社会保险缴纳证明', 'Technical staff for seed production, processing, storage and testing, with proof of social-insurance contributions', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'facility-title', '种子检验室、加工厂房、仓库的产权证明或者租赁合同', 'Title or lease of the seed laboratory, processing plant and warehouse', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'equipment-list', '检验仪器、加工设备清单和照片', 'List and photographs of testing instruments and processing equipment', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'variety-consent', '品种权人的书面同意证明', 'Written consent of the plant variety right holder', 'ORIGINAL_AND_COPY', 1, false,
  '生产经营授权品种种子的', 'When seed of a protected variety is produced or sold', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0002' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'SITE_INSPECTION', 5, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0002' and v.version_no = 1;

-- NY-0003 动物防疫条件合格证核发
insert into approval_item (code, active) values ('NY-0003', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '动物防疫条件合格证核发', 'Issue of an animal epidemic prevention conditions certificate',
  'AGRICULTURE', 'AGRI_ENVIRONMENT', 'AGRI_ENVIRONMENT', 'PROMISED',
  '《中华人民共和国动物防疫法》第二十四条、第二十五条；《动物防疫条件审查办法》（农业农村部令2022年第8号）',
  'Animal Epidemic Prevention Law of the PRC, Arts. 24 and 25; Measures for the Review of Animal Epidemic Prevention Conditions (MARA Order 2022 No. 8)',
  '开办动物饲养场、动物隔离场所、动物屠宰加工场所以及动物和动物产品无害化处理场所；场所的位置与居民生活区、生活饮用水水源地、学校、医院等公共场所的距离符合规定，并经选址综合评估；生产经营区域封闭隔离，工程设计和有关流程符合动物防疫要求；有与其规模相适应的污水、污物处理设施，病死动物、病害动物产品无害化处理设施设备或者冷藏冷冻设施设备，以及清洗消毒设施设备；有与其规模相适应的执业兽医或者动物防疫技术人员；有完善的隔离消毒、购销台账、日常巡查等动物防疫制度。',
  'Animal farms, isolation sites, slaughter and processing sites, and harmless-treatment sites for animals and animal products; location at the required distance from residential areas, drinking-water sources, schools and hospitals, confirmed by a comprehensive site assessment; closed and separated production areas and an epidemic-proof design and flow; wastewater and waste treatment, harmless-treatment or cold-storage equipment for dead animals, cleaning and disinfection equipment suited to the scale; veterinarians or epidemic-prevention technicians; complete rules on isolation, disinfection, purchase and sales records and routine inspection.',
  15, 7, '不收费', 'Free', null, null,
  '动物防疫条件合格证', 'Animal epidemic prevention conditions certificate',
  '长期（按规定每年报告动物防疫条件情况和防疫制度执行情况）', 'Unlimited (annual report on conditions and rules required)',
  '0351-4060501', '12345', 'generalLicensing'
from approval_item where code = 'NY-0003';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '动物防疫条件审查申请表', 'Application form for the review of animal epidemic prevention conditions', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'site-plans', '场所地理位置图、各功能区布局平面图', 'Location map and layout plan of the functional areas', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'equipment-list', '设施设备清单', 'List of facilities and equipment', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'management-rules', '管理制度文本', 'Text of the management rules', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'staff', '人员情况（执业兽医或者动物防疫技术人员）', 'Staff (licensed veterinarians or epidemic-prevention technicians)', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0003' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'SITE_INSPECTION', 5, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'NY-0003' and v.version_no = 1;

-- WJ-0002 医疗机构执业登记
insert into approval_item (code, active) values ('WJ-0002', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '医疗机构执业登记', 'Practice registration of a medical institution',
  'HEALTH', 'SOCIAL_AFFAIRS', 'SOCIAL_AFFAIRS', 'PROMISED',
  '《医疗机构管理条例》第十五条、第十六条、第十七条；《医疗机构管理条例实施细则》',
  'Regulations on the Administration of Medical Institutions, Arts. 15, 16 and 17; Implementing Rules of the Regulations on the Administration of Medical Institutions',
  '按照规定应当办理设置医疗机构批准书的，已取得设置医疗机构批准书；符合医疗机构的基本标准；有适合的名称、组织机构和场所；有与其开展的业务相适应的经费、设施、设备和专业卫生技术人员；有相应的规章制度；能够独立承担民事责任。诊所实行备案管理，不在本事项范围内。',
  'An approval for setting up the institution where one is required; compliance with the basic standards for medical institutions; a suitable name, organisation and premises; funds, facilities, equipment and health professionals suited to the services; the necessary rules; capacity to bear civil liability independently. Clinics are filed instead and are outside this item.',
  45, 15, '不收费', 'Free', null, null,
  '医疗机构执业许可证', 'Practising licence of a medical institution',
  '定期校验：床位不满100张的每年校验1次，床位100张以上的每3年校验1次', 'Periodic validation: yearly for fewer than 100 beds, every 3 years for 100 beds or more',
  '0351-4060301', '12345', 'generalLicensing'
from approval_item where code = 'WJ-0002';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'registration-form', '医疗机构申请执业登记注册书', 'Application for the practice registration of a medical institution', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WJ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'setup-approval', '设置医疗机构批准书', 'Approval for setting up the medical institution', 'COPY', 1, false,
  '按照规定应当办理设置审批的', 'When setting-up approval is required', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WJ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'premises-proof', '医疗机构用房产权证明或者使用证明', 'Title or proof of the right to use the premises', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WJ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'floor-plan', '医疗机构建筑设计平面图', 'Architectural floor plan of the institution', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WJ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'capital-proof', '验资证明、资产评估报告', 'Capital verification and asset valuation report', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WJ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'rules', '医疗机构规章制度', 'Rules of the medical institution', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WJ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 6, 'staff-certificates', '法定代表人或者主要负责人以及各科室负责人名录和有关资格证书、执业证书', 'List of the legal representative, principal and heads of department, with their qualification and practising certificates', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WJ-0002' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'SITE_INSPECTION', 10, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WJ-0002' and v.version_no = 1;

-- WJ-0003 医师执业注册
insert into approval_item (code, active) values ('WJ-0003', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '医师执业注册', 'Practising registration of a physician',
  'HEALTH', 'SOCIAL_AFFAIRS', 'SOCIAL_AFFAIRS', 'PROMISED',
  '《中华人民共和国医师法》第十三条、第十六条；《医师执业注册管理办法》',
  'Physicians Law of the PRC, Arts. 13 and 16; Administrative Measures for the Practising Registration of Physicians',
  '已取得医师资格；拟执业的医疗卫生机构同意聘用；不存在不予注册的情形（无民事行为能力或者限制民事行为能力；受刑事处罚，刑罚执行完毕不满二年或者被依法禁止从事医师职业的期限未满；被吊销医师执业证书不满二年；因医师定期考核不合格被注销注册不满一年；法律、行政法规规定不得从事医疗卫生服务的其他情形）。',
  'A physician qualification; the employing health institution agrees; none of the grounds for refusal (lack of or limited civil capacity; criminal punishment completed less than two years ago or a professional ban still running; practising certificate revoked less than two years ago; registration cancelled for failing periodic assessment less than one year ago; other statutory bars).',
  20, 3, '不收费', 'Free', null, null,
  '医师执业证书', 'Physician practising certificate',
  '长期（接受定期考核；执业地点、类别、范围变更的应办理变更注册）', 'Unlimited (periodic assessment; changes of place, category or scope require re-registration)',
  '0351-4060301', '12345', 'generalLicensing'
from approval_item where code = 'WJ-0003';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '医师执业注册申请审核表', 'Application and review form for physician practising registration', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WJ-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'qualification-certificate', '医师资格证书', 'Physician qualification certificate', 'ORIGINAL_AND_COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WJ-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'health-certificate', '近6个月内县级以上医疗机构出具的健康体检证明', 'Health examination certificate from a county-level or higher hospital, issued within 6 months', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WJ-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'employment-proof', '拟执业医疗卫生机构的聘用证明', 'Proof of employment by the health institution', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WJ-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'identity', '申请人身份证明', 'Identity document of the applicant', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WJ-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'training-proof', '医疗卫生机构出具的培训考核合格证明', 'Certificate of passed training and assessment from a health institution', 'ORIGINAL', 1, false,
  '取得医师资格后二年内未注册或者中止执业活动二年以上的', 'When not registered within two years of qualifying, or practice was interrupted for two years or more', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WJ-0003' and v.version_no = 1;

-- JY-0001 民办学校正式设立审批（实施学前教育、学历教育）
insert into approval_item (code, active) values ('JY-0001', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '民办学校正式设立审批（实施学前教育、学历教育）', 'Approval of the establishment of a private school (pre-school or academic education)',
  'EDUCATION', 'SOCIAL_AFFAIRS', 'SOCIAL_AFFAIRS', 'PROMISED',
  '《中华人民共和国民办教育促进法》第十二条、第十七条、第十八条；《中华人民共和国民办教育促进法实施条例》',
  'Law of the PRC on the Promotion of Privately-run Schools, Arts. 12, 17 and 18; Implementing Regulations of the Law on the Promotion of Privately-run Schools',
  '举办者为具有法人资格的社会组织或者具有政治权利和完全民事行为能力的个人；学校具备法人条件；符合当地教育发展的需求，办学条件参照同级同类公办学校的设置标准；有规范的章程和决策机构；不得设立实施义务教育的营利性民办学校。审批机关自受理之日起三个月内作出是否批准的决定（本系统按60个工作日计）。',
  'The sponsor is an organisation with legal personality or an individual with political rights and full civil capacity; the school qualifies as a legal person; it meets local education needs and the setting-up standards of comparable public schools; proper articles and a governing body; no for-profit private school may provide compulsory education. Decided within three months of acceptance (60 working days in this system).',
  60, 30, '不收费', 'Free', null, null,
  '民办学校办学许可证', 'Private school operating licence',
  '按审批机关核定的有效期（实行年度检查）', 'Term set by the approving authority (annual inspection)',
  '0351-4060301', '12345', 'generalLicensing'
from approval_item where code = 'JY-0001';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-report', '申办报告', 'Application report', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JY-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'preparation-approval', '筹设批准书', 'Approval of the preparations', 'COPY', 1, false,
  '经批准筹设后申请正式设立的', 'When the school was first approved for preparation', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JY-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'preparation-report', '筹设情况报告', 'Report on the preparations', 'ORIGINAL', 1, false,
  '经批准筹设后申请正式设立的', 'When the school was first approved for preparation', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JY-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'articles-and-board', '学校章程、首届理事会、董事会或者其他决策机构组成人员名单', 'Articles of the school and list of members of the first board or other governing body', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JY-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'assets-proof', '学校资产的有效证明文件', 'Valid proof of the school''s assets', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JY-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'staff-qualifications', '校长、教师、财会人员的资格证明文件', 'Qualification certificates of the head, teachers and accounting staff', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JY-0001' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'EXPERT_REVIEW', 10, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JY-0001' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 1, 'SITE_INSPECTION', 5, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JY-0001' and v.version_no = 1;

-- WL-0002 旅行社业务经营许可（国内旅游和入境旅游业务）
insert into approval_item (code, active) values ('WL-0002', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '旅行社业务经营许可（国内旅游和入境旅游业务）', 'Travel agency business licence (domestic and inbound tourism)',
  'CULTURE', 'MARKET_ACCESS', 'BUSINESS_START', 'PROMISED',
  '《旅行社条例》第六条、第七条；《旅行社条例实施细则》',
  'Regulations on Travel Agencies, Arts. 6 and 7; Implementing Rules of the Regulations on Travel Agencies',
  '已依法取得企业法人资格；有固定的经营场所；有必要的营业设施；有不少于30万元的注册资本。取得许可后，应当依法交存旅游服务质量保证金。',
  'An enterprise legal person; fixed business premises; the necessary business facilities; registered capital of at least CNY 300,000. After licensing, the tourism service quality deposit must be lodged as required.',
  20, 7, '不收费', 'Free', null, null,
  '旅行社业务经营许可证', 'Travel agency business licence',
  '长期', 'Unlimited',
  '0351-4060101', '12345', 'generalLicensing'
from approval_item where code = 'WL-0002';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application', '旅行社设立申请书', 'Application for establishing a travel agency', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WL-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'representative', '法定代表人履历表及身份证明', 'CV and identity document of the legal representative', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WL-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'articles', '企业章程', 'Articles of association', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WL-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'premises-proof', '经营场所的证明', 'Proof of the business premises', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WL-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'facilities', '营业设施、设备的证明或者说明', 'Proof or description of the business facilities and equipment', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WL-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'business-licence', '营业执照', 'Business licence', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WL-0002' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'SITE_INSPECTION', 3, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WL-0002' and v.version_no = 1;

-- WL-0003 营业性演出审批
insert into approval_item (code, active) values ('WL-0003', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '营业性演出审批', 'Approval of a commercial performance',
  'CULTURE', 'SOCIAL_AFFAIRS', 'SOCIAL_AFFAIRS', 'ON_THE_SPOT',
  '《营业性演出管理条例》第十三条；《营业性演出管理条例实施细则》',
  'Regulations on the Administration of Commercial Performances, Art. 13; Implementing Rules of the Regulations on the Administration of Commercial Performances',
  '申请人为持有营业性演出许可证的文艺表演团体或者演出经纪机构；演出内容不含条例禁止的内容；在演出日期3日前提交申请材料；不属于涉外或者涉港澳台演出（该类演出由省级文化和旅游主管部门审批）。县级文化主管部门自受理之日起3日内作出决定，材料齐全的当场办理。',
  'The applicant is a performing-arts troupe or performance agency holding a commercial performance licence; the content contains nothing the Regulations prohibit; materials filed at least 3 days before the performance; not a foreign, Hong Kong, Macao or Taiwan performance (those are approved by the province). Decided within 3 days of acceptance; at the window when the materials are complete.',
  3, 0, '不收费', 'Free', null, null,
  '营业性演出批准文件', 'Approval of the commercial performance',
  '批准的演出时间、地点内有效', 'Valid for the approved dates and venue',
  '0351-4060301', '12345', 'generalLicensing'
from approval_item where code = 'WL-0003';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '营业性演出申请表', 'Application form for a commercial performance', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WL-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'performance-licence', '营业性演出许可证', 'Commercial performance licence', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WL-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'programme', '演出节目内容材料及视听资料', 'Programme and audio-visual materials of the performance', 'ELECTRONIC', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WL-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'performers', '演员名单及身份证明', 'List of performers and their identity documents', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WL-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'venue-agreement', '与演出场所的合作协议或者场地使用证明', 'Agreement with the venue or proof of its use', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WL-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'temporary-stage', '临时搭建舞台、看台的安全检查及消防安全证明', 'Safety and fire-safety proof for temporary stages and stands', 'COPY', 1, false,
  '临时搭建舞台、看台的', 'When temporary stages or stands are built', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'WL-0003' and v.version_no = 1;

-- RS-0001 劳务派遣经营许可
insert into approval_item (code, active) values ('RS-0001', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '劳务派遣经营许可', 'Labour dispatch business licence',
  'HUMAN_RESOURCES', 'MARKET_ACCESS', 'BUSINESS_START', 'PROMISED',
  '《中华人民共和国劳动合同法》第五十七条；《劳务派遣行政许可实施办法》（人力资源和社会保障部令第19号）第六条、第七条、第十二条',
  'Labour Contract Law of the PRC, Art. 57; Measures for the Implementation of Administrative Licensing of Labour Dispatch (MOHRSS Order No. 19), Arts. 6, 7 and 12',
  '注册资本不得少于人民币200万元；有与开展业务相适应的固定的经营场所和设施；有符合法律、行政法规规定的劳务派遣管理制度；法律、行政法规规定的其他条件。',
  'Registered capital of at least CNY 2 million; fixed premises and facilities suited to the business; labour dispatch management rules that comply with laws and regulations; other statutory conditions.',
  20, 7, '不收费', 'Free', null, null,
  '劳务派遣经营许可证', 'Labour dispatch business licence',
  '3年', '3 years',
  '0351-4060101', '12345', 'generalLicensing'
from approval_item where code = 'RS-0001';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application', '劳务派遣经营许可申请书', 'Application for a labour dispatch business licence', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'RS-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'business-licence', '营业执照', 'Business licence', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'RS-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'articles-and-capital', '公司章程以及验资机构出具的验资报告或者财务审计报告', 'Articles of association and capital verification or audit report', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'RS-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'premises', '经营场所的使用证明以及办公设施设备、信息管理系统等清单', 'Proof of the premises and list of office equipment and information systems', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'RS-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'representative', '法定代表人的身份证明', 'Identity document of the legal representative', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'RS-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'dispatch-rules', '劳务派遣管理制度文本及拟与用工单位签订的劳务派遣协议样本', 'Labour dispatch rules and model dispatch agreement with user units', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'RS-0001' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'SITE_INSPECTION', 3, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'RS-0001' and v.version_no = 1;

-- RS-0002 人力资源服务许可（从事职业中介活动）
insert into approval_item (code, active) values ('RS-0002', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '人力资源服务许可（从事职业中介活动）', 'Human resources service licence (job placement)',
  'HUMAN_RESOURCES', 'MARKET_ACCESS', 'BUSINESS_START', 'PROMISED',
  '《人力资源市场暂行条例》第十八条、第十九条；《人力资源服务机构管理规定》（人力资源和社会保障部令第50号）',
  'Interim Regulations on the Human Resources Market, Arts. 18 and 19; Provisions on the Administration of Human Resources Service Agencies (MOHRSS Order No. 50)',
  '经营性人力资源服务机构从事职业中介活动（含网络招聘、高级人才寻访等）：有明确的章程和管理制度；有开展业务必备的固定场所、办公设施和一定数额的开办资金；有3名以上专职工作人员；法律、法规规定的其他条件。申请人可以自愿选择一般程序或者告知承诺制方式申请。',
  'Commercial HR service agencies engaged in job placement (including online recruitment and headhunting): clear articles and rules; fixed premises, office facilities and start-up funds; at least 3 full-time staff; other statutory conditions. The applicant may choose the ordinary procedure or approval on written commitment.',
  20, 5, '不收费', 'Free', null, null,
  '人力资源服务许可证', 'Human resources service licence',
  '长期（按规定报送年度报告）', 'Unlimited (annual report required)',
  '0351-4060101', '12345', 'generalLicensing'
from approval_item where code = 'RS-0002';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application', '从事职业中介活动的申请书', 'Application for engaging in job placement', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'RS-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'articles-and-rules', '机构章程和管理制度', 'Articles and management rules of the agency', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'RS-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'premises-proof', '场所的所有权证明或者租赁合同', 'Title or lease of the premises', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'RS-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'staff-list', '专职工作人员的基本情况表', 'Basic information on the full-time staff', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'RS-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'commitment', '告知承诺书', 'Written commitment', 'ORIGINAL', 1, false,
  '选择告知承诺制方式申请的', 'When the applicant chooses approval on written commitment', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'RS-0002' and v.version_no = 1;

-- MZ-0001 社会团体成立登记
insert into approval_item (code, active) values ('MZ-0001', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '社会团体成立登记', 'Establishment registration of a social organisation',
  'CIVIL_AFFAIRS', 'SOCIAL_AFFAIRS', 'SOCIAL_AFFAIRS', 'PROMISED',
  '《社会团体登记管理条例》第三条、第九条、第十条',
  'Regulations on the Registration and Administration of Social Organisations, Arts. 3, 9 and 10',
  '经业务主管单位审查同意（依法直接登记的行业协会商会、科技类、公益慈善类、城乡社区服务类社会团体除外）并完成筹备；有50个以上的个人会员或者30个以上的单位会员，混合组成的会员总数不少于50个；有规范的名称和相应的组织机构；有固定的住所；有与其业务活动相适应的专职工作人员；有合法的资产和经费来源，地方性的社会团体有3万元以上活动资金；有独立承担民事责任的能力。登记管理机关自收到完成筹备工作的登记申请书及有关文件之日起30日内完成审查。',
  'Approval of the supervising unit (except organisations registered directly: trade associations and chambers of commerce, science and technology, charity, and community-service organisations) and completed preparations; at least 50 individual or 30 unit members, or 50 in total when mixed; a proper name and organs; a fixed domicile; full-time staff suited to the activities; lawful assets and funding, at least CNY 30,000 for local organisations; capacity to bear civil liability. Review completed within 30 days of receiving the registration application after preparation.',
  30, 10, '不收费', 'Free', null, null,
  '社会团体法人登记证书', 'Registration certificate of a social organisation legal person',
  '长期（按规定报送年度工作报告）', 'Unlimited (annual work report required)',
  '0351-4060301', '12345', 'generalLicensing'
from approval_item where code = 'MZ-0001';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application', '社会团体成立登记申请书', 'Application for the establishment registration of a social organisation', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'MZ-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'supervisor-approval', '业务主管单位的批准文件', 'Approval of the supervising unit', 'ORIGINAL', 1, false,
  '需要经业务主管单位审查同意的', 'When approval of a supervising unit is required', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'MZ-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'articles', '经会员大会或者会员代表大会通过的章程', 'Articles adopted by the general assembly or members'' congress', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'MZ-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'capital-and-premises', '验资报告、住所使用权证明', 'Capital verification report and proof of the right to use the domicile', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'MZ-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'responsible-persons', '发起人和拟任负责人的基本情况、身份证明', 'Basic information and identity documents of the founders and proposed leaders', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'MZ-0001' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'assembly-minutes', '会员大会（会员代表大会）会议纪要及会员名单', 'Minutes of the general assembly (members'' congress) and list of members', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'MZ-0001' and v.version_no = 1;

-- MZ-0002 民办非企业单位成立登记
insert into approval_item (code, active) values ('MZ-0002', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '民办非企业单位成立登记', 'Establishment registration of a private non-enterprise unit',
  'CIVIL_AFFAIRS', 'SOCIAL_AFFAIRS', 'SOCIAL_AFFAIRS', 'PROMISED',
  '《民办非企业单位登记管理暂行条例》第三条、第八条、第九条、第十一条',
  'Interim Regulations on the Registration and Administration of Private Non-enterprise Units, Arts. 3, 8, 9 and 11',
  '经业务主管单位审查同意；有规范的名称、必要的组织机构；有与其业务活动相适应的从业人员；有与其业务活动相适应的合法财产；有必要的场所。名称不得冠以“中国”“全国”“中华”等字样。登记管理机关自收到全部有效文件之日起60日内作出准予登记或者不予登记的决定。',
  'Approval of the supervising unit; a proper name and the necessary organs; staff suited to the activities; lawful assets suited to the activities; the necessary premises. The name may not begin with “China”, “National” or “Chinese”. Decided within 60 days of receiving all valid documents.',
  60, 15, '不收费', 'Free', null, null,
  '民办非企业单位（法人）登记证书', 'Registration certificate of a private non-enterprise unit (legal person)',
  '长期（按规定接受年度检查）', 'Unlimited (annual inspection)',
  '0351-4060301', '12345', 'generalLicensing'
from approval_item where code = 'MZ-0002';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application', '民办非企业单位登记申请书', 'Registration application of a private non-enterprise unit', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'MZ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'supervisor-approval', '业务主管单位的批准文件', 'Approval of the supervising unit', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'MZ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'premises-proof', '场所使用权证明', 'Proof of the right to use the premises', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'MZ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'capital-verification', '验资报告', 'Capital verification report', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'MZ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'responsible-person', '拟任负责人的基本情况、身份证明', 'Basic information and identity document of the proposed person in charge', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'MZ-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'articles-draft', '章程草案', 'Draft articles', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'MZ-0002' and v.version_no = 1;

-- JT-0002 道路旅客运输经营许可
insert into approval_item (code, active) values ('JT-0002', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '道路旅客运输经营许可', 'Road passenger transport business permit',
  'TRANSPORT', 'TRANSPORT', 'TRANSPORT', 'PROMISED',
  '《中华人民共和国道路运输条例》第八条、第十条；《道路旅客运输及客运站管理规定》',
  'Road Transport Regulations of the PRC, Arts. 8 and 10; Provisions on the Administration of Road Passenger Transport and Passenger Stations',
  '有与其经营业务相适应并经检测合格的车辆；有符合规定条件的驾驶人员（取得相应的机动车驾驶证，年龄不超过60周岁，3年内无重大以上交通责任事故记录，取得道路旅客运输从业资格）；有健全的安全生产管理制度；申请从事班线客运经营的，还应当有明确的线路和站点方案。县级行政区域内和毗邻县之间的客运经营向县级交通运输主管部门申请。',
  'Tested vehicles suited to the business; qualified drivers (appropriate licence, not over 60, no serious liability accident in 3 years, passenger transport qualification); complete work-safety rules; for scheduled routes, a defined route and stop plan. Services within a county and to adjacent counties are licensed by the county transport authority.',
  20, 5, '不收费', 'Free', null, null,
  '道路运输经营许可证及车辆道路运输证', 'Road transport business permit and vehicle road transport certificates',
  '按许可决定载明的经营期限；客运班线经营期限为4年至8年', 'Term stated in the decision; scheduled route rights run 4 to 8 years',
  '0351-4060401', '12345', 'generalLicensing'
from approval_item where code = 'JT-0002';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '道路旅客运输经营申请表', 'Application form for road passenger transport', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'identity', '企业负责人身份证明、经办人身份证明及委托书', 'Identity documents of the person in charge and of the agent, with power of attorney', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'safety-rules', '安全生产管理制度文本', 'Work-safety management rules', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'vehicle-commitment', '拟投入车辆承诺书（车辆数量、类型、技术等级、座位数等）', 'Commitment on the vehicles to be used (number, type, technical grade, seats)', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'driver-documents', '已聘用或者拟聘用驾驶人员的驾驶证和从业资格证', 'Driving licences and professional qualification certificates of the drivers', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0002' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'route-plan', '线路和站点方案', 'Route and stop plan', 'ORIGINAL', 1, false,
  '申请从事班线客运经营的', 'When applying for scheduled route services', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0002' and v.version_no = 1;

-- JT-0003 网络预约出租汽车经营许可
insert into approval_item (code, active) values ('JT-0003', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '网络预约出租汽车经营许可', 'Online ride-hailing taxi business permit',
  'TRANSPORT', 'TRANSPORT', 'TRANSPORT', 'PROMISED',
  '《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）第112项；《网络预约出租汽车经营服务管理暂行办法》第五条、第六条',
  'Decision of the State Council on Establishing Administrative Licences for Approval Items that Must Be Retained (State Council Decree No. 412), item 112; Interim Measures for the Administration of Online Ride-hailing Taxi Business and Services, Arts. 5 and 6',
  '具有企业法人资格；具备开展网约车经营的互联网平台和与拟开展业务相适应的信息数据交互及处理能力，具备供有关部门调取查阅数据信息的条件，数据库接入监管平台，服务器设置在中国内地；有符合规定的网络安全管理制度和安全保护技术措施；使用电子支付的，与银行、非银行支付机构签订支付结算服务协议；有健全的经营管理制度、安全生产管理制度和服务质量保障制度；在服务所在地有相应服务机构及服务能力。需先取得企业注册地省级交通运输主管部门的线上服务能力认定结果。',
  'An enterprise legal person; an internet platform and data capacity suited to the business, data accessible to the authorities, the database connected to the supervision platform and servers in mainland China; network-security rules and protective measures; a payment settlement agreement when electronic payment is used; complete business, work-safety and service-quality rules; a local service organisation and capacity. The online service capacity must first be certified by the province where the enterprise is registered.',
  20, 10, '不收费', 'Free', null, null,
  '网络预约出租汽车经营许可证', 'Online ride-hailing taxi business permit',
  '按许可决定载明的经营期限', 'Term stated in the permit decision',
  '0351-4060401', '12345', 'generalLicensing'
from approval_item where code = 'JT-0003';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application-form', '网络预约出租汽车经营申请表', 'Application form for an online ride-hailing taxi business', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'identity', '投资人、负责人身份及资信证明，经办人身份证明及委托书', 'Identity and credit documents of investors and the person in charge, identity document of the agent and power of attorney', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'business-licence', '企业法人营业执照（分支机构另附营业执照）', 'Business licence of the enterprise (and of the branch)', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'online-capacity', '线上服务能力认定结果', 'Certification of the online service capacity', 'COPY', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'local-office', '服务所在地办公场所、负责人员和管理人员等信息', 'Local office, person in charge and managers at the place of service', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 5, 'rules', '经营管理制度、安全生产管理制度和服务质量保障制度文本', 'Business management, work-safety and service-quality rules', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0003' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 6, 'payment-agreement', '与银行、非银行支付机构签订的支付结算服务协议', 'Payment settlement agreement with a bank or non-bank payment institution', 'COPY', 1, false,
  '使用电子支付的', 'When electronic payment is used', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0003' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'SITE_INSPECTION', 3, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0003' and v.version_no = 1;

-- JT-0004 涉路施工许可
insert into approval_item (code, active) values ('JT-0004', true);
insert into approval_item_version (item_id, version_no, effective_from, created_at, created_by, change_note,
  name_zh, name_en, department_code, section_code, theme_code, kind, legal_basis_zh, legal_basis_en,
  conditions_zh, conditions_en, statutory_days, promised_days, fee_zh, fee_en, fee_basis_zh, fee_basis_en,
  result_document_zh, result_document_en, result_validity_zh, result_validity_en, consultation_phone,
  complaint_phone, process_key)
select id, 1, date '2026-01-01', timestamp with time zone '2026-01-01 00:00:00+08', 'system', null,
  '涉路施工许可', 'Permit for construction works affecting highways',
  'TRANSPORT', 'TRANSPORT', 'TRANSPORT', 'PROMISED',
  '《中华人民共和国公路法》第四十四条、第四十五条；《公路安全保护条例》第二十七条',
  'Highway Law of the PRC, Arts. 44 and 45; Regulations on Highway Safety Protection, Art. 27',
  '因修建铁路、机场、供电、水利、通信等建设工程需要占用、挖掘公路、公路用地或者使公路改线，跨越、穿越公路修建桥梁、渡槽或者架设、埋设管道、电缆等设施，在公路用地范围内或者公路建筑控制区内埋设管道、电缆，增设或者改造平面交叉道口等；设计和施工方案符合有关技术标准、规范；有保障公路、公路附属设施质量和安全的技术评价报告；有处置施工险情和意外事故的应急方案。影响交通安全的，还须征得公安机关交通管理部门同意。',
  'Occupying or excavating highways or highway land or re-routing a highway for railways, airports, power, water or telecom works; bridges, aqueducts, pipelines or cables crossing highways; pipelines or cables in highway land or the building control zone; new or altered level crossings, etc.; design and construction plans meet the technical standards; a technical evaluation report on highway quality and safety; an emergency plan for construction hazards and accidents. Where traffic safety is affected, the traffic police must also agree.',
  20, 10, '不收费', 'Free', null, null,
  '涉路施工许可决定书', 'Decision granting the highway-related construction permit',
  '许可决定载明的施工期限内有效', 'Valid for the construction period stated in the decision',
  '0351-4060401', '12345', 'generalLicensing'
from approval_item where code = 'JT-0004';
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 0, 'application', '涉路施工许可申请书', 'Application for a highway-related construction permit', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0004' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 1, 'design-and-plan', '符合有关技术标准、规范要求的设计和施工方案', 'Design and construction plan meeting the technical standards', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0004' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 2, 'technical-evaluation', '保障公路、公路附属设施质量和安全的技术评价报告', 'Technical evaluation report on highway quality and safety', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0004' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 3, 'emergency-plan', '处置施工险情和意外事故的应急方案', 'Emergency plan for construction hazards and accidents', 'ORIGINAL', 1, true,
  null, null, null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0004' and v.version_no = 1;
insert into approval_item_version_material (version_id, position, code, name_zh, name_en, form, copies, required,
  condition_zh, condition_en, template_file)
select v.id, 4, 'police-consent', '公安机关交通管理部门的意见', 'Opinion of the traffic management department of public security', 'COPY', 1, false,
  '涉路施工影响交通安全的', 'When the works affect traffic safety', null
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0004' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 0, 'EXPERT_REVIEW', 10, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0004' and v.version_no = 1;
insert into approval_item_version_special_step (version_id, position, kind, duration_days, counts_toward_limit)
select v.id, 1, 'SITE_INSPECTION', 3, false
from approval_item_version v join approval_item i on i.id = v.item_id where i.code = 'JT-0004' and v.version_no = 1;
