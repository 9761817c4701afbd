package nl.aanwezig.review;

import java.time.LocalDate;

/**
 * A casusoverleg took a decision on a case: its owner is to carry it out by the due date. Published inside the
 * transaction that saves the minutes, so the decision and its task start commit together.
 */
public record MeetingDecisionTaken(long caseId, long pupilId, long schoolId, long decisionId, String owner,
                                   LocalDate dueDate) {
}
