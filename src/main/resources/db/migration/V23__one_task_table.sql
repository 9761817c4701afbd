-- One table for the human tasks of every route: the inbox is a projection of the engine's open user-task jobs, and a
-- task belongs to a case or, for the route of an exemption (which outlives cases), to that exemption. Before, the
-- exemption's tasks had a table of their own with its own words for the states.
alter table case_task rename to task;
alter index case_task_route rename to task_route;
alter index case_task_inbox rename to task_inbox;
alter table task alter column case_id drop not null;
alter table task alter column school_id drop not null;
alter table task alter column form type varchar(40);
alter table task add column exemption_id bigint references exemption (id);
insert into task (exemption_id, school_id, workflow_instance_id, element_id, form, title_key, assignee, job_key,
                  created_at, due_at, state, completed_by, completed_at)
select t.exemption_id, e.school_id, t.route_id, t.element_id, t.form, t.title_key, t.assignee, t.job_key, t.created_at,
       t.due_at, case t.state when 'DONE' then 'COMPLETED' when 'WITHDRAWN' then 'CANCELLED' else t.state end,
       t.completed_by, t.completed_at
from exemption_task t join exemption e on e.id = t.exemption_id order by t.id;
drop table exemption_task;
alter table task add constraint task_one_owner check ((case_id is null) <> (exemption_id is null));
create index task_of_exemption on task (exemption_id, state) where exemption_id is not null;
create index task_of_assignee on task (assignee, state);
