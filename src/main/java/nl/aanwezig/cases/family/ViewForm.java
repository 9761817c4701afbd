package nl.aanwezig.cases.family;

import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException.Message;

/** The family's view: what goes well, what is hard, what they want. At least one of the three. */
public record ViewForm(String goesWell, String hard, String wishes) {

    static final int MAX_TEXT = 2000;

    List<Message> validate() {
        List<Message> errors = new ArrayList<>();
        if (blank(goesWell) && blank(hard) && blank(wishes)) {
            errors.add(new Message("family.error.viewEmpty"));
        }
        for (String text : new String[] {goesWell, hard, wishes}) {
            if (text != null && text.length() > MAX_TEXT) {
                errors.add(new Message("family.error.textTooLong", MAX_TEXT));
                break;
            }
        }
        return errors;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String clean(String s) {
        return blank(s) ? "" : s.strip();
    }
}
