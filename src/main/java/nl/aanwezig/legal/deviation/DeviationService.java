package nl.aanwezig.legal.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.attendance.figures.ApprovedTimetables;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.legal.deviation.DeviationRequest.Status;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OC's onderwijstijd deviations: a draft, its checklist, "ingediend bij de Inspectie (ISD)", the decision, and
 * withdrawing or ending an approved one. Approval hands the timetable to attendance, which rebuilds the pupil's stored
 * figures in this same transaction; withdrawing or ending restores them. Each step is one transaction: nothing is
 * half saved. Only the pupil's own school's OC sees a request ({@link DeviationDossiers}).
 */
@Service
@PreAuthorize("hasRole('OC')")
public class DeviationService {

    /** How long before the last day the OC is asked to evaluate: time for a new request at the Inspectie. */
    static final int REMIND_DAYS_BEFORE = 28;

    private final DeviationRequests requests;
    private final DeviationDossiers dossiers;
    private final ApprovedTimetables timetables;
    private final Pupils pupils;
    private final CurrentUsers users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeviationService(DeviationRequests requests, DeviationDossiers dossiers, ApprovedTimetables timetables,
                     Pupils pupils, CurrentUsers users, ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.dossiers = dossiers;
        this.timetables = timetables;
        this.pupils = pupils;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** A request as the screens and the API show it. */
    public record DeviationView(long id, long pupilId, String pupilName, String leerling, Status status,
                                DeviationForm form, Checklist checklist, LocalDate submittedOn, LocalDate decidedOn,
                                LocalDate endedOn) {
    }

    /** A pupil the OC may draft a request for. */
    public record PupilChoice(long pupilId, String name, String leerling) {
    }

    /** The pupils of the OC's school, for the new request's choice. */
    @Transactional(readOnly = true)
    public List<PupilChoice> pupils() {
        return pupils.findBySchoolIdOrderByLastName(users.require().schoolId()).stream()
                .map(p -> new PupilChoice(p.id(), p.fullName(), p.leerling())).toList();
    }

    /** The school's requests, newest first. */
    @Transactional(readOnly = true)
    public List<DeviationView> ofSchool() {
        return requests.findBySchoolIdOrderByIdDesc(users.require().schoolId()).stream()
                .map(r -> view(r, pupils.findById(r.pupilId()).orElseThrow())).toList();
    }

    @Transactional(readOnly = true)
    public DeviationView get(long id) {
        DeviationRequest r = dossiers.request(id);
        return view(r, dossiers.pupil(r.pupilId()));
    }

    /** A new draft for the pupil; returns its id. */
    @Transactional
    public long draft(long pupilId, DeviationForm form) {
        Pupil pupil = dossiers.pupil(pupilId);
        form.validate();
        DeviationRequest r = requests.save(new DeviationRequest(pupil.id(), pupil.schoolId(),
                dossiers.openCase(pupil.id()), form, null, users.require().username(), clock.instant()));
        dossiers.timeline(r, "deviation.timeline.drafted", r.hoursPerWeek(), Messages.date(r.validFrom()),
                Messages.date(r.validTo()));
        return r.id();
    }

    /** Changes a draft's hours, period and windows. */
    @Transactional
    public void change(long id, DeviationForm form) {
        form.validate();
        dossiers.request(id).change(form);
    }

    @Transactional
    public void saveChecklist(long id, Checklist checklist) {
        checklist.validate(LocalDate.now(clock));
        dossiers.request(id).checklist(checklist);
    }

    /** The form's draft and checklist together (a new draft when {@code id} is null): saved whole or not at all. */
    @Transactional
    public long save(Long id, long pupilId, DeviationForm form, Checklist checklist) {
        checklist.validate(LocalDate.now(clock));
        long saved = id == null ? draft(pupilId, form) : id;
        if (id != null) {
            change(id, form);
        }
        dossiers.request(saved).checklist(checklist);
        return saved;
    }

    /** Marked "ingediend bij de Inspectie (ISD)" on that day: refused while an item of the checklist is missing. */
    @Transactional
    public void submit(long id, LocalDate submittedOn) {
        requireDay(submittedOn);
        DeviationRequest r = dossiers.request(id);
        r.submit(submittedOn);
        dossiers.timeline(r, "deviation.timeline.submitted", Messages.date(submittedOn));
    }

    /** The Inspectie's decision; an approval changes the pupil's stored figures for its period at once. */
    @Transactional
    public void decide(long id, boolean approved, LocalDate decidedOn) {
        requireDay(decidedOn);
        DeviationRequest r = dossiers.request(id);
        if (approved && r.checklist().complete() && timetables.overlaps(r.pupilId(), r.validFrom(), r.validTo())) {
            throw new DeviationConflict("deviation.error.overlap");
        }
        r.decide(approved, decidedOn);
        if (approved) {
            timetables.approve(r.sourceKey(), r.pupilId(), r.timetable());
            r.linkCase(dossiers.openCase(r.pupilId()));
            if (r.caseId() != null) {
                LocalDate remind = r.validTo().minusDays(REMIND_DAYS_BEFORE);
                events.publishEvent(new DeviationApproved(r.id(), r.caseId(), r.pupilId(), r.schoolId(),
                        remind.isBefore(decidedOn) ? decidedOn : remind, r.validTo()));
            }
        }
        dossiers.timeline(r, approved ? "deviation.timeline.approved" : "deviation.timeline.rejected",
                Messages.date(decidedOn));
    }

    /** Withdrawn: an approved timetable is gone, the pupil's figures count the full timetable again. */
    @Transactional
    public void withdraw(long id) {
        DeviationRequest r = dossiers.request(id);
        boolean wasApproved = r.status() == Status.APPROVED;
        r.withdraw(LocalDate.now(clock));
        if (wasApproved) {
            timetables.withdraw(r.sourceKey());
            stopped(r);
        }
        dossiers.timeline(r, "deviation.timeline.withdrawn");
    }

    /** Ended after {@code lastDay}: from the next day the full timetable counts again; its reminder goes too. */
    @Transactional
    public void end(long id, LocalDate lastDay) {
        stopped(endKeepingRoute(id, lastDay));
    }

    /** Ending as the outcome of the evaluation task, whose completion ends the route by itself. */
    DeviationRequest endKeepingRoute(long id, LocalDate lastDay) {
        requireDay(lastDay);
        DeviationRequest r = dossiers.request(id);
        r.end(lastDay);
        timetables.end(r.sourceKey(), lastDay);
        dossiers.timeline(r, "deviation.timeline.ended", Messages.date(lastDay));
        return r;
    }

    private void stopped(DeviationRequest r) {
        if (r.caseId() != null) {
            events.publishEvent(new DeviationStopped(r.id(), r.caseId()));
        }
    }

    private static void requireDay(LocalDate day) {
        if (day == null) {
            throw new UserFacingException("deviation.error.dateRequired");
        }
    }

    static DeviationView view(DeviationRequest r, Pupil p) {
        return new DeviationView(r.id(), p.id(), p.fullName(), p.leerling(), r.status(), r.form(), r.checklist(),
                r.submittedOn(), r.decidedOn(), r.endedOn());
    }
}
