-- The decisions a task's form offers, as its model names them (the user task's "decisions" header): the model, not
-- the code, says what the OC may decide at each step. Tasks created before this version get what their model says.
alter table case_task add column decisions varchar(200);
update case_task set decisions = 'ANALYSIS,CLOSE' where form = 'intake';
update case_task set decisions = 'REPORTED' where form = 'duo-report';
update case_task set decisions = 'ADVISED' where form = 'mazl-advice';
