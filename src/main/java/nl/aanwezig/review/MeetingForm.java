package nl.aanwezig.review;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.aanwezig.base.UserFacingException.Message;

/**
 * A meeting to plan: when, and who attends (staff accounts of the school, and people from outside, one per line).
 * Validated here, so the screen and any other caller apply the same rules.
 */
public record MeetingForm(LocalDate date, LocalTime time, Set<String> staff, String externals) {

    static final int MAX_NAME = 200;
    static final int MAX_EXTERNALS = 30;

    public MeetingForm {
        staff = staff == null ? Set.of() : Set.copyOf(staff);
    }

    /** The external attendees, one per non-blank line. */
    public List<String> externalNames() {
        return externals == null ? List.of()
                : externals.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every broken rule as a message key {@code meeting.error.<field>.<rule>}; empty when it may be saved. */
    public List<Message> validate() {
        List<Message> errors = new ArrayList<>();
        if (date == null) {
            errors.add(new Message("meeting.error.date.required"));
        }
        if (time == null) {
            errors.add(new Message("meeting.error.time.required"));
        }
        List<String> names = externalNames();
        if (staff.isEmpty() && names.isEmpty()) {
            errors.add(new Message("meeting.error.staff.required"));
        }
        if (names.size() > MAX_EXTERNALS) {
            errors.add(new Message("meeting.error.externals.tooMany", MAX_EXTERNALS));
        } else if (names.stream().anyMatch(n -> n.length() > MAX_NAME)) {
            errors.add(new Message("meeting.error.externals.tooLong", MAX_NAME));
        }
        return errors;
    }
}
