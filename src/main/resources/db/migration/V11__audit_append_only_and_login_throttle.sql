-- NEN 7513: the audit trail is append-only. The database refuses UPDATE, DELETE and TRUNCATE on
-- audit_log itself, whoever asks, so neither a bug nor a hand-typed statement can rewrite history.
-- The one way out is the retention purge: a transaction that sets aanwezig.audit_purge_before
-- (SET LOCAL) may delete rows older than that moment, and the moment must lie at least a year back,
-- so a mis-set retention cannot wipe recent rows either.

alter table audit_log add column client_ip varchar(45);

create function audit_log_append_only() returns trigger
    language plpgsql as
$$
declare
    purge_before timestamptz;
begin
    if tg_op = 'DELETE' then
        purge_before := nullif(current_setting('aanwezig.audit_purge_before', true), '')::timestamptz;
        if purge_before is not null and purge_before <= now() - interval '1 year' and old.at_utc < purge_before then
            return old;
        end if;
    end if;
    raise exception 'audit_log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function audit_log_append_only();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_append_only();

create index audit_log_at on audit_log (at_utc);

-- Failed logins per login, kept in the database so every app instance sees the same count.
-- A window starts at the first failure; the 10th failure within 15 minutes locks the login for 15 minutes.
create table login_throttle (
    username      varchar(64) primary key,
    failures      int         not null,
    window_start  timestamptz not null,
    locked_until  timestamptz
);
