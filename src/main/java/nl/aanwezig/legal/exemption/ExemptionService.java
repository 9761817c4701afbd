package nl.aanwezig.legal.exemption;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.Schools;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exemption dossiers: leerplicht registers the parents' notice and keeps the DUO date; the panel reads. */
@Service
public class ExemptionService {

    private final Exemptions exemptions;
    private final MedicalGrounds medical;
    private final ExemptionQueries queries;
    private final ExemptionAccess access;
    private final ExemptionTimeline timeline;
    private final DecisionHistory history;
    private final CurrentUsers users;
    private final Pupils pupils;
    private final Schools schools;
    private final ApplicationEventPublisher publisher;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExemptionService(Exemptions exemptions, MedicalGrounds medical, ExemptionQueries queries, ExemptionAccess access,
                     ExemptionTimeline timeline, DecisionHistory history, CurrentUsers users, Pupils pupils,
                     Schools schools,
                     ApplicationEventPublisher publisher, JdbcTemplate jdbc, Clock clock) {
        this.exemptions = exemptions;
        this.medical = medical;
        this.queries = queries;
        this.access = access;
        this.timeline = timeline;
        this.history = history;
        this.users = users;
        this.pupils = pupils;
        this.schools = schools;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Registers the notice and starts its route; nothing is saved while a rule refuses it. */
    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional
    public long register(Notice notice) {
        CurrentUser user = users.require();
        Pupil pupil = pupils.findById(notice.pupilId()).orElseThrow(() -> new UserFacingException("exemption.error.pupil.required"));
        access.checkDecide(user, pupil.schoolId(), pupil.id());
        List<UserFacingException.Message> errors = new java.util.ArrayList<>(ExemptionRules.notice(notice, today()));
        if (notice.statement() == null && notice.statementWriter() != null && !isJeugdarts(notice.statementWriter())) {
            errors.add(new UserFacingException.Message("exemption.error.statementWriter.notJeugdarts"));
        }
        ExemptionRules.orRefuse(errors);
        long id = exemptions.insert(notice, pupil.schoolId(), user.username(), clock.instant());
        if (notice.statement() != null) {
            exemptions.saveStatement(id, notice.statement());
        }
        String writer = notice.statement() == null ? notice.statementWriter() : null;
        publisher.publishEvent(new ExemptionNoticeRegistered(id, pupil.id(), pupil.schoolId(), user.username(), writer,
                notice.noticeDate()));
        timeline.record(pupil.id(), user.username(), "exemption-notice:" + id, "exemption.timeline.notice",
                nl.aanwezig.base.Messages.date(notice.noticeDate()));
        return id;
    }

    /** The exemptions of the schools this leerplicht officer serves. */
    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional(readOnly = true)
    public List<ExemptionRow> list() {
        return queries.servedBy(users.require().username());
    }

    /** One dossier, without its medical grounds; the read is audited. */
    @PreAuthorize("hasAnyRole('LEERPLICHT', 'SWV', 'JEUGDARTS')")
    @Transactional
    public ExemptionDetails open(long id) {
        CurrentUser user = users.require();
        Exemption e = find(id);
        access.checkRead(user, e);
        Pupil p = pupils.findById(e.pupilId()).orElseThrow();
        List<Review> reviews = jdbc.query("""
                select reviewed_on, conclusion, recorded_by from exemption_review where exemption_id = ?
                order by reviewed_on, id""", (rs, i) -> new Review(rs.getDate(1).toLocalDate(), rs.getString(2),
                rs.getString(3)), id);
        return new ExemptionDetails(e, p.fullName(), p.leerling(), schools.findById(e.schoolId()).orElseThrow().brin(),
                reviews, access.mayReadMedical(user, e), user.is(Role.LEERPLICHT) && access.serves(user, e.schoolId()),
                history.of(id));
    }

    /** The statement's medical part: for a jeugdarts only; every other reader is refused and audited. */
    @PreAuthorize("hasAnyRole('LEERPLICHT', 'SWV', 'JEUGDARTS', 'MENTOR', 'OC', 'COACH')")
    @Transactional
    public String medicalGrounds(long id) {
        Exemption e = find(id);
        access.checkMedical(users.require(), e);
        return medical.of(id).orElse("");
    }

    /** The date leerplicht entered the exemption in DUO's exemption register. */
    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional
    public void registeredAtDuo(long id, LocalDate on) {
        CurrentUser user = users.require();
        Exemption e = find(id);
        access.checkDecide(user, e.schoolId(), e.pupilId());
        if (on == null) {
            throw new UserFacingException("exemption.error.duoRegisteredOn.required");
        }
        if (on.isAfter(today())) {
            throw new UserFacingException("exemption.error.duoRegisteredOn.future");
        }
        exemptions.saveDuoRegistration(id, on);
        timeline.record(e.pupilId(), user.username(), "exemption-duo:" + id + ":" + on, "exemption.timeline.duo",
                nl.aanwezig.base.Messages.date(on));
    }

    /** The pupil a notice is about, by school and pupil number (the register form's fields). */
    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional(readOnly = true)
    public long pupilFor(String brin, String leerling) {
        return schools.findByBrin(brin == null ? "" : brin.strip().toUpperCase())
                .flatMap(s -> pupils.findBySchoolIdAndLeerling(s.id(), leerling == null ? "" : leerling.strip()))
                .map(Pupil::id).orElseThrow(() -> new UserFacingException("exemption.error.pupil.required"));
    }

    /** A jeugdarts who can be asked to write the statement. */
    public record Doctor(String username, String name) {
    }

    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional(readOnly = true)
    public List<Doctor> jeugdartsen() {
        return jdbc.query("select username, display_name from staff_account where role = 'JEUGDARTS' order by display_name",
                (rs, i) -> new Doctor(rs.getString(1), rs.getString(2)));
    }

    Exemption find(long id) {
        return exemptions.find(id).orElseThrow(() -> new UserFacingException("exemption.error.notFound"));
    }

    private boolean isJeugdarts(String username) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from staff_account where username = ? and role = 'JEUGDARTS')", Boolean.class,
                username));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
