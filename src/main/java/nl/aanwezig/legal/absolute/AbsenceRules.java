package nl.aanwezig.legal.absolute;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;

/**
 * The rules a registration and a follow-up must meet. Absoluut verzuim is about leerplichtige children: 5 to 17 on the
 * first day without a school (from 18, or with a startkwalificatie, the law no longer applies). Every refusal is
 * collected, so the form can mark all its fields at once.
 */
final class AbsenceRules {

    static final int YOUNGEST = 5;
    static final int OLDEST = 17;
    static final int MAX_ACTION = 2000;

    private AbsenceRules() {
    }

    static List<Message> registration(Registration r, LocalDate today) {
        List<Message> errors = new ArrayList<>();
        if (blank(r.firstName())) {
            errors.add(new Message("absolute.error.firstName.required"));
        }
        if (blank(r.lastName())) {
            errors.add(new Message("absolute.error.lastName.required"));
        }
        if (r.birthDate() == null) {
            errors.add(new Message("absolute.error.birthDate.required"));
        }
        if (r.since() == null) {
            errors.add(new Message("absolute.error.since.required"));
        } else if (r.since().isAfter(today)) {
            errors.add(new Message("absolute.error.since.future"));
        } else if (r.birthDate() != null) {
            int age = ageOn(r.birthDate(), r.since());
            if (age < YOUNGEST) {
                errors.add(new Message("absolute.error.birthDate.tooYoung", age));
            } else if (age > OLDEST) {
                errors.add(new Message("absolute.error.birthDate.tooOld", age));
            }
        }
        action(r.action(), errors);
        return errors;
    }

    static List<Message> followUp(FollowUp f, LocalDate today) {
        List<Message> errors = new ArrayList<>();
        if (f.status() == null) {
            errors.add(new Message("absolute.error.status.required"));
            return errors;
        }
        if (f.statusOn() == null) {
            errors.add(new Message("absolute.error.statusOn.required"));
        } else if (f.statusOn().isAfter(today)) {
            errors.add(new Message("absolute.error.statusOn.future"));
        }
        if (f.status() == AbsenceStatus.ENROLLED && blank(f.enrolledAt())) {
            errors.add(new Message("absolute.error.enrolledAt.required"));
        }
        if (f.status() == AbsenceStatus.OPEN) {
            // still at home: the next four weeks need a plan
            action(f.note(), errors);
        } else if (f.note() != null && f.note().length() > MAX_ACTION) {
            errors.add(new Message("absolute.error.action.tooLong", MAX_ACTION));
        }
        return errors;
    }

    static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    static void orRefuse(List<Message> errors) {
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
    }

    private static void action(String action, List<Message> errors) {
        if (blank(action)) {
            errors.add(new Message("absolute.error.action.required"));
        } else if (action.length() > MAX_ACTION) {
            errors.add(new Message("absolute.error.action.tooLong", MAX_ACTION));
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
