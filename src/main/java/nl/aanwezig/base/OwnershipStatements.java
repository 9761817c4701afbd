package nl.aanwezig.base;

/**
 * The PL/pgSQL blocks that give the database's objects their owners, run as the superuser by
 * {@link EmbeddedDatabase}. Kept apart because they are long SQL text, not Java logic; both are idempotent, so every
 * start can run them. The role names in them are {@link EmbeddedDatabase#APP_ROLE} and
 * {@link EmbeddedDatabase#AUDIT_ROLE}, spelled out because a DO block takes no parameters.
 */
final class OwnershipStatements {

    /**
     * What {@link EmbeddedDatabase#secureAuditTrail()} runs: {@link EmbeddedDatabase#AUDIT_ROLE} owns audit_log, its
     * sequence, its append-only trigger function and the purge function; the app role may read and add rows, draw ids
     * and run the purge. Only what exists is touched (a first start runs it after Flyway created them).
     */
    static final String SECURE_AUDIT_TRAIL = """
            do $$
            declare seq text;
            begin
                if to_regclass('public.audit_log') is not null then
                    alter table public.audit_log owner to aanwezig_audit;
                    revoke all on table public.audit_log from public, aanwezig;
                    grant select, insert on table public.audit_log to aanwezig;
                    seq := pg_get_serial_sequence('public.audit_log', 'id');
                    if seq is not null then
                        execute format('revoke all on sequence %s from public, aanwezig', seq);
                        execute format('grant usage on sequence %s to aanwezig', seq);
                    end if;
                end if;
                if to_regprocedure('public.audit_log_append_only()') is not null then
                    alter function public.audit_log_append_only() owner to aanwezig_audit;
                end if;
                if to_regprocedure('public.audit_log_purge(timestamptz)') is not null then
                    alter function public.audit_log_purge(timestamptz) owner to aanwezig_audit;
                    revoke all on function public.audit_log_purge(timestamptz) from public;
                    grant execute on function public.audit_log_purge(timestamptz) to aanwezig;
                end if;
            end $$""";

    /**
     * Tables, views, free sequences and functions that an earlier version created as postgres; the audit
     * owner's objects stay where {@link EmbeddedDatabase#secureAuditTrail()} put them.
     */
    static final String TRANSFER_OWNERSHIP = """
            do $$
            declare r record;
            begin
                for r in select c.oid::regclass as name, c.relkind from pg_class c
                         join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                           and c.relowner not in (select oid from pg_roles where rolname in ('aanwezig', 'aanwezig_audit'))
                           and not (c.relkind = 'S' and exists (select 1 from pg_depend d
                                    where d.objid = c.oid and d.deptype in ('a', 'i')))
                loop
                    execute format('alter %s %s owner to aanwezig',
                        case r.relkind when 'S' then 'sequence' when 'v' then 'view'
                                       when 'm' then 'materialized view' else 'table' end, r.name);
                end loop;
                for r in select p.oid::regprocedure as name from pg_proc p
                         join pg_namespace n on n.oid = p.pronamespace
                         where n.nspname = 'public'
                           and p.proowner not in (select oid from pg_roles where rolname in ('aanwezig', 'aanwezig_audit'))
                loop
                    execute format('alter function %s owner to aanwezig', r.name);
                end loop;
            end $$""";

    private OwnershipStatements() {
    }
}
