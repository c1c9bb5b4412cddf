-- Version 10: the working-day calendar (issue 6). The Administrative Licensing Law counts its limits
-- in working days; which days are statutory holidays (HOLIDAY, including the weekend days moved into
-- a holiday block) and which weekend days are make-up working days (WORKDAY, 调休) the State Council
-- announces each year, so the calendar is data that an administrator keeps. Days not listed are
-- ordinary: Monday to Friday work, Saturday and Sunday rest.
-- (The columns are not called "day" and "year": both are reserved words in H2.)

create table calendar_year (
  year_number  integer                  primary key,
  confirmed    boolean                  not null,
  source       varchar(500),
  updated_by   varchar(100),
  updated_at   timestamp with time zone
);

create table calendar_day (
  calendar_date  date          primary key,
  kind           varchar(10)   not null,
  name_zh        varchar(100),
  name_en        varchar(100),
  constraint ck_calendar_day_kind check (kind in ('HOLIDAY', 'WORKDAY'))
);

-- 2026 as published: 国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号, 4 November 2025).
insert into calendar_year (year_number, confirmed, source, updated_by, updated_at) values
  (2026, true, '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）', 'system', timestamp with time zone '2025-11-05 00:00:00+00');

insert into calendar_day (calendar_date, kind, name_zh, name_en) values
  (date '2026-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
  (date '2026-01-02', 'HOLIDAY', '元旦', 'New Year''s Day'),
  (date '2026-01-03', 'HOLIDAY', '元旦', 'New Year''s Day'),
  (date '2026-01-04', 'WORKDAY', '元旦调休上班', 'New Year make-up working day'),
  (date '2026-02-14', 'WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
  (date '2026-02-15', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2026-02-16', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2026-02-17', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2026-02-18', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2026-02-19', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2026-02-20', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2026-02-21', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2026-02-22', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2026-02-23', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2026-02-28', 'WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
  (date '2026-04-04', 'HOLIDAY', '清明节', 'Qingming Festival'),
  (date '2026-04-05', 'HOLIDAY', '清明节', 'Qingming Festival'),
  (date '2026-04-06', 'HOLIDAY', '清明节', 'Qingming Festival'),
  (date '2026-05-01', 'HOLIDAY', '劳动节', 'Labour Day'),
  (date '2026-05-02', 'HOLIDAY', '劳动节', 'Labour Day'),
  (date '2026-05-03', 'HOLIDAY', '劳动节', 'Labour Day'),
  (date '2026-05-04', 'HOLIDAY', '劳动节', 'Labour Day'),
  (date '2026-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
  (date '2026-05-09', 'WORKDAY', '劳动节调休上班', 'Labour Day make-up working day'),
  (date '2026-06-19', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
  (date '2026-06-20', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
  (date '2026-06-21', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
  (date '2026-09-20', 'WORKDAY', '国庆节调休上班', 'National Day make-up working day'),
  (date '2026-09-25', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
  (date '2026-09-26', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
  (date '2026-09-27', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
  (date '2026-10-01', 'HOLIDAY', '国庆节', 'National Day'),
  (date '2026-10-02', 'HOLIDAY', '国庆节', 'National Day'),
  (date '2026-10-03', 'HOLIDAY', '国庆节', 'National Day'),
  (date '2026-10-04', 'HOLIDAY', '国庆节', 'National Day'),
  (date '2026-10-05', 'HOLIDAY', '国庆节', 'National Day'),
  (date '2026-10-06', 'HOLIDAY', '国庆节', 'National Day'),
  (date '2026-10-07', 'HOLIDAY', '国庆节', 'National Day'),
  (date '2026-10-10', 'WORKDAY', '国庆节调休上班', 'National Day make-up working day');

-- 2027 is provisional: the State Council's notice was not at hand, so the days follow the festival
-- dates (元旦 Fri 1 Jan, 除夕 Fri 5 Feb, 清明 Mon 5 Apr, 劳动节 Sat 1 May, 端午 Wed 9 Jun, 中秋 Wed 15 Sep,
-- 国庆 Fri 1 Oct) and the pattern of the 2026 notice. An administrator replaces them, and marks the
-- year confirmed, when the notice is entered.
insert into calendar_year (year_number, confirmed, source, updated_by, updated_at) values
  (2027, false, '暂定：按2027年节日日期和2026年安排惯例推算，待国务院办公厅2027年部分节假日安排通知发布后录入更正 / Provisional: derived from the 2027 festival dates following the 2026 pattern, until the State Council notice is entered', 'system', timestamp with time zone '2026-11-27 00:00:00+00');

insert into calendar_day (calendar_date, kind, name_zh, name_en) values
  (date '2027-01-01', 'HOLIDAY', '元旦', 'New Year''s Day'),
  (date '2027-01-02', 'HOLIDAY', '元旦', 'New Year''s Day'),
  (date '2027-01-03', 'HOLIDAY', '元旦', 'New Year''s Day'),
  (date '2027-01-31', 'WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
  (date '2027-02-05', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2027-02-06', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2027-02-07', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2027-02-08', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2027-02-09', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2027-02-10', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2027-02-11', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2027-02-12', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2027-02-13', 'HOLIDAY', '春节', 'Spring Festival'),
  (date '2027-02-20', 'WORKDAY', '春节调休上班', 'Spring Festival make-up working day'),
  (date '2027-04-03', 'HOLIDAY', '清明节', 'Qingming Festival'),
  (date '2027-04-04', 'HOLIDAY', '清明节', 'Qingming Festival'),
  (date '2027-04-05', 'HOLIDAY', '清明节', 'Qingming Festival'),
  (date '2027-05-01', 'HOLIDAY', '劳动节', 'Labour Day'),
  (date '2027-05-02', 'HOLIDAY', '劳动节', 'Labour Day'),
  (date '2027-05-03', 'HOLIDAY', '劳动节', 'Labour Day'),
  (date '2027-05-04', 'HOLIDAY', '劳动节', 'Labour Day'),
  (date '2027-05-05', 'HOLIDAY', '劳动节', 'Labour Day'),
  (date '2027-05-08', 'WORKDAY', '劳动节调休上班', 'Labour Day make-up working day'),
  (date '2027-06-09', 'HOLIDAY', '端午节', 'Dragon Boat Festival'),
  (date '2027-09-15', 'HOLIDAY', '中秋节', 'Mid-Autumn Festival'),
  (date '2027-09-26', 'WORKDAY', '国庆节调休上班', 'National Day make-up working day'),
  (date '2027-10-01', 'HOLIDAY', '国庆节', 'National Day'),
  (date '2027-10-02', 'HOLIDAY', '国庆节', 'National Day'),
  (date '2027-10-03', 'HOLIDAY', '国庆节', 'National Day'),
  (date '2027-10-04', 'HOLIDAY', '国庆节', 'National Day'),
  (date '2027-10-05', 'HOLIDAY', '国庆节', 'National Day'),
  (date '2027-10-06', 'HOLIDAY', '国庆节', 'National Day'),
  (date '2027-10-07', 'HOLIDAY', '国庆节', 'National Day'),
  (date '2027-10-09', 'WORKDAY', '国庆节调休上班', 'National Day make-up working day');
