package nl.aanwezig.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.security.AuditLog;
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
    private final AuditLog audit;
    private final DisplayNames names;

    MedicalNotes(JdbcTemplate jdbc, Pupils pupils, DossierAccess access, CurrentUsers users, Clock clock, AuditLog audit,
                 DisplayNames names) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.names = names;
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
                (rs, i) -> new Note(rs.getTimestamp(1).toInstant(), names.of(rs.getString(2)), rs.getString(3)), pupilId);
    }

    /**
     * "Mijn medische aantekeningen": the notes the acting jeugdarts wrote herself, of every pupil, also after the case
     * closed to her (consent withdrawn, case ended): she keeps them under her own record-keeping duty (WGBO). Only her
     * own notes, never a colleague's, and nothing else of the case; each pupil read is audited.
     */
    @PreAuthorize("hasRole('JEUGDARTS')")
    @Transactional(readOnly = true)
    public List<OwnNote> mine() {
        CurrentUser user = users.require();
        if (!user.is(Role.JEUGDARTS)) {
            throw new AccessDeniedException("only a jeugdarts reads her own medical notes");
        }
        List<OwnNote> notes = jdbc.query("""
                select n.pupil_id, p.first_name, p.last_name, p.leerling, n.written_at, n.text
                from medical_note n join pupil p on p.id = n.pupil_id
                where n.author = ? order by p.last_name, p.first_name, n.pupil_id, n.written_at desc""",
                (rs, i) -> new OwnNote(rs.getLong(1), (rs.getString(2) + " " + rs.getString(3)).strip(), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)), user.username());
        List<Long> pupilIds = notes.stream().map(OwnNote::pupilId).distinct().toList();
        if (!pupilIds.isEmpty()) {
            audit.recordReads(user, pupilIds, "MEDICAL_NOTE_READ_OWN", "eigen medische aantekeningen (WGBO)");
        }
        return notes;
    }

    private Pupil pupil(long pupilId) {
        return pupils.findById(pupilId).orElseThrow(() -> new UserFacingException("pupil.error.notFound"));
    }

    /** One medical note; {@code author} is the name people know, not the login. */
    public record Note(Instant writtenAt, String author, String text) {
    }

    /** One medical note the jeugdarts wrote herself, with the pupil it is about. */
    public record OwnNote(long pupilId, String pupilName, String leerling, Instant writtenAt, String text) {
    }
}
