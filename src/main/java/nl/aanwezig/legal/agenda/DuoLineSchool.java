package nl.aanwezig.legal.agenda;

import java.util.List;

/**
 * One school leerplicht serves, with the school's own criterion that lets leerplicht see pupils before a report
 * ({@code criterionHours} hours in {@code criterionWeeks} school weeks; both null: the school has set none, so no
 * pupil is shown) and the pupils who meet it, most hours first.
 */
public record DuoLineSchool(long schoolId, String name, String brin, Integer criterionHours, Integer criterionWeeks,
                            List<DuoLineRow> pupils) {
}
