/**
 * Mijn week (issue #21): what the OC of a school has due this week and what is overdue, gathered on one page. Other
 * modules add their own lines (casusoverleg meetings, DUO deadlines) through {@link nl.aanwezig.cases.week.WeekSource}.
 */
@NamedInterface("week")
package nl.aanwezig.cases.week;

import org.springframework.modulith.NamedInterface;
