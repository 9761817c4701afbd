-- The date of the next review of yellow monitoring, as the SAT (or the review, or a plan's step down) set it for the
-- route's timer; kept here so the OC's list and the pupil page can show it (the timer's wait lives in the BPMN).
create table monitoring_review_date (
    case_id   bigint      primary key references pupil_case (id),
    review_on date        not null,
    set_at    timestamptz not null
);
