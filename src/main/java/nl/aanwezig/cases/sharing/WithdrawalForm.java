package nl.aanwezig.cases.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException.Message;

/** Parents withdraw their consent: when, by whom, and what they said. */
public record WithdrawalForm(LocalDate withdrawnOn, String withdrawnBy, String note) {

    public List<Message> validate(LocalDate today, LocalDate givenOn) {
        List<Message> errors = new ArrayList<>();
        if (withdrawnOn == null) {
            errors.add(new Message("sharing.error.withdrawnOn.required"));
        } else if (withdrawnOn.isAfter(today)) {
            errors.add(new Message("sharing.error.withdrawnOn.future"));
        } else if (givenOn != null && withdrawnOn.isBefore(givenOn)) {
            errors.add(new Message("sharing.error.withdrawnOn.beforeGiven", nl.aanwezig.base.Messages.date(givenOn)));
        }
        if (withdrawnBy == null || withdrawnBy.isBlank()) {
            errors.add(new Message("sharing.error.withdrawnBy.required"));
        } else if (withdrawnBy.length() > ConsentForm.MAX_NAME) {
            errors.add(new Message("sharing.error.withdrawnBy.tooLong", ConsentForm.MAX_NAME));
        }
        if (note != null && note.length() > ConsentForm.MAX_NOTE) {
            errors.add(new Message("sharing.error.withdrawalNote.tooLong", ConsentForm.MAX_NOTE));
        }
        return errors;
    }
}
