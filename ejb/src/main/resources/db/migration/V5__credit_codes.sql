-- Version 5: unified social credit codes issued by the bureau (GB 32100-2015).
-- The code is the primary key, so no code is ever issued twice. Organisation bodies are numbered
-- per administrative division; the counter row is locked while a code is issued.

create table credit_code (
  code       varchar(18)              primary key,
  division   varchar(6)               not null,
  issued_at  timestamp with time zone not null,
  issued_for varchar(64)
);

create index credit_code_division on credit_code (division);

create table credit_code_counter (
  division   varchar(6) primary key,
  next_value bigint     not null
);
