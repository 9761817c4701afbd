-- The retention purge as a function, so the app role needs no DELETE on audit_log: the table belongs to
-- the role aanwezig_audit (EmbeddedDatabase hands it over after the migrations; with an external server the
-- DBA does, see README "Security notes"), and this function, owned by it too, is the only way rows go.
-- SECURITY DEFINER: it runs with its owner's rights, so it checks the cut-off itself (at least a year back)
-- besides V11's trigger, which allows the delete only for rows older than the cut-off set in this transaction.
-- The fixed search_path keeps objects the app role might create in public from standing in for built-ins.
create function audit_log_purge(purge_before timestamptz) returns bigint
    language plpgsql security definer
    set search_path = pg_catalog, public, pg_temp as
$$
declare
    purged bigint;
begin
    if purge_before is null or purge_before > now() - interval '1 year' then
        raise exception 'audit_log keeps at least a year: no purge before %', purge_before
            using errcode = 'insufficient_privilege';
    end if;
    perform set_config('aanwezig.audit_purge_before', purge_before::text, true);
    delete from public.audit_log where at_utc < purge_before;
    get diagnostics purged = row_count;
    -- the permission ends here, not at the end of the caller's transaction
    perform set_config('aanwezig.audit_purge_before', '', true);
    return purged;
end;
$$;

revoke all on function audit_log_purge(timestamptz) from public;
