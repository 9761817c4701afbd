package nl.aanwezig.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Medical notes: only a jeugdarts who joined the case writes and reads them; school staff see the advice
 * on the timeline, never the medical grounds. Every read and write is audited.
 */
@Service
public class MedicalNotes {

    static final int MAX_TEXT = 4000;

    private final JdbcTemplate jdbc;
    private final Pupils pupils;
    private final DossierAccess access;
    private final CurrentUsers users;
    private final Clock clock;

    MedicalNotes(JdbcTemplate jdbc, Pupils pupils, DossierAccess access, CurrentUsers users, Clock clock) {
        this.jdbc = jdbc;
        this.pupils = pupils;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    /** Called inside the jeugdarts's task completion; an empty note writes nothing. */
    public void write(PupilCase c, CurrentUser user, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (!user.is(Role.JEUGDARTS)) {
            throw new AccessDeniedException("only a jeugdarts writes medical notes");
        }
        if (text.length() > MAX_TEXT) {
            throw new UserFacingException("medical.error.tooLong", MAX_TEXT);
        }
        access.check(user, pupil(c.pupilId()), "MEDICAL_NOTE_WRITE");
        jdbc.update("insert into medical_note (case_id, pupil_id, author, written_at, text) values (?, ?, ?, ?, ?)",
                c.id(), c.pupilId(), user.username(), Timestamp.from(clock.instant()), text.strip());
    }

    /**
     * A medical note the acting jeugdarts adds to a case they take part in (their contribution to the shared plan),
     * in the caller's transaction; an empty note writes nothing.
     */
    @PreAuthorize("hasRole('JEUGDARTS')")
    @Transactional
    public void writeOnCase(PupilCase c, String text) {
        write(c, users.require(), text);
    }

    @PreAuthorize("hasRole('JEUGDARTS')")
    @Transactional(readOnly = true)
    public List<Note> of(long pupilId) {
        access.check(users.require(), pupil(pupilId), "MEDICAL_NOTE_READ");
        return jdbc.query("select written_at, author, text from medical_note where pupil_id = ? order by written_at desc",
                (rs, i) -> new Note(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3)), pupilId);
    }

    private Pupil pupil(long pupilId) {
        return pupils.findById(pupilId).orElseThrow(() -> new UserFacingException("pupil.error.notFound"));
    }

    /** One medical note. */
    public record Note(Instant writtenAt, String author, String text) {
    }
}
