-- Issue #17 M4: failed logins are counted per login AND source address, so a stranger's failures block the
-- stranger's address and not the owner's; the row with source '*' counts all sources of a login together (the
-- cap against guessing from many addresses, which slows but never blocks an address that has not failed).
-- The counts are short-lived (minutes): the old rows are dropped, which lifts any lock in flight at the upgrade.
-- Version 21.1 (not 21): other work in progress may add a V21; this one sorts after it without a clash.
drop table login_throttle;

create table login_throttle (
    username      varchar(64) not null,
    source        varchar(64) not null,
    failures      int         not null,
    window_start  timestamptz not null,
    last_failure  timestamptz not null,
    blocked_until timestamptz,
    primary key (username, source)
);
