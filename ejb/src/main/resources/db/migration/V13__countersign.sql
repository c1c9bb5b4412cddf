-- Version 13: countersign (会签). Where an item's review must be agreed by further officers of the
-- section, this says how many; the generic model then runs one countersign task per officer.
create table countersign_rule (
  item_code varchar(32) primary key,
  officers  integer     not null check (officers between 1 and 5)
);
-- 旅行社业务经营许可: the review is countersigned by two further officers of 市场准入审批科.
insert into countersign_rule (item_code, officers) values ('WL-0002', 2);

insert into step_limit (process_key, step, working_days) values
  ('generalLicensing', 'countersignReview', 3);
