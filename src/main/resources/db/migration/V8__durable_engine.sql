-- The engine keeps its own state now (a durable log in the embedded default, the broker otherwise): the database no
-- longer records which engine run holds a route, and the inbox is a projection of the engine's open jobs.

-- Commands for the engine, written in the transaction that records their effect and sent after it commits
-- (transactional outbox); retried until the engine has them.
create table engine_command (
    id          bigserial    primary key,
    kind        varchar(20)  not null,
    route_id    bigint       references workflow_instance (id),
    job_key     bigint,
    payload     text         not null default '{}',
    created_at  timestamptz  not null,
    sent_at     timestamptz,
    attempts    int          not null default 0,
    outcome     varchar(300)
);
create index engine_command_pending on engine_command (id) where sent_at is null;

-- Several open tasks of one step are possible (multi-instance: one per invited partner); the job key identifies one.
drop index case_task_one_open_per_step;
create index case_task_route on case_task (workflow_instance_id, state);

alter table workflow_instance drop column engine_run;
-- Which engine instance is the route: the first to claim it with its token wins, so an instance created twice (the
-- app stopped after the engine created it but before the database heard) is found out and cancelled.
alter table workflow_instance add column instance_token varchar(40);
alter table workflow_instance add column cancelled_at timestamptz;

-- Upgrading from the in-memory engine: its instances are gone. Open tasks of open cases are withdrawn and their routes
-- start again from their first step, once.
update case_task t set state = 'CANCELLED'
where t.state = 'OPEN';
insert into engine_command (kind, route_id, created_at)
select 'START_ROUTE', w.id, now() from workflow_instance w join pupil_case c on c.id = w.case_id
where c.status = 'OPEN';
update workflow_instance w set instance_key = null
from pupil_case c where c.id = w.case_id and c.status = 'OPEN';

-- The tasks API names each task's process.
alter table case_task add column process_id varchar(80);
update case_task t set process_id = w.process_id from workflow_instance w where w.id = t.workflow_instance_id;
