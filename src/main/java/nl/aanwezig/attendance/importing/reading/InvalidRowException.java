package nl.aanwezig.attendance.importing.reading;

/** Signals, inside the parsers only, that a row is invalid; the message is the Dutch reason. */
final class InvalidRowException extends RuntimeException {

    InvalidRowException(String reason) {
        super(reason, null, false, false); // control flow: no stack trace needed
    }
}
