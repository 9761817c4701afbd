package nl.aanwezig.cases;

import java.time.Clock;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanwezig.attendance.EmptyChairDetected;
import nl.aanwezig.attendance.SignalRaised;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.Timeline;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case changes that come from signals and from the process, not from a person at a screen. Every
 * method is idempotent: the same signal or a redelivered job writes once.
 */
@Service
public class CaseService {

    private final Cases cases;
    private final Pupils pupils;
    private final Timeline timeline;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final CasePartners partners;

    CaseService(Cases cases, Pupils pupils, Timeline timeline, ApplicationEventPublisher publisher,
                Clock clock, CasePartners partners) {
        this.partners = partners;
        this.cases = cases;
        this.pupils = pupils;
        this.timeline = timeline;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A first empty chair opens the pupil's case, or feeds the open one. */
    @EventListener
    @Transactional
    public void on(EmptyChairDetected signal) {
        String key = "empty-chair:" + signal.pupilId() + ":" + signal.date();
        if (timeline.has(key)) {
            return;
        }
        Pupil pupil = pupils.findById(signal.pupilId()).orElseThrow();
        PupilCase open = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElse(null);
        boolean isNew = open == null;
        if (isNew) {
            open = cases.save(PupilCase.open(pupil.id(), pupil.schoolId(), CaseStage.MENTOR_CONTACT, clock.instant()));
            timeline.add(open.id(), CaseEventType.CASE_OPENED, CurrentUser.SYSTEM.username(), null, "timeline.caseOpened");
        }
        String lessons = signal.lessons().stream().map(LocalTime::toString).collect(Collectors.joining(", "));
        timeline.add(open.id(), CaseEventType.EMPTY_CHAIR, CurrentUser.SYSTEM.username(), key,
                "timeline.emptyChair", Messages.date(signal.date()), lessons);
        if (isNew) {
            publisher.publishEvent(new CaseOpened(open.id(), pupil.id(), pupil.schoolId(), pupil.mentor()));
        }
    }

    /**
     * Any other signal (M@ZL, DUO, luxe verzuim, band change) opens or feeds the case, brings in the partner
     * whose signal it is (the jeugdarts for M@ZL, leerplicht for a DUO report) and starts the signal's route.
     */
    @EventListener
    @Transactional
    public void on(SignalRaised signal) {
        if (signal.type() == SignalType.EMPTY_CHAIR || timeline.has(signal.key())) {
            return;
        }
        Pupil pupil = pupils.findById(signal.pupilId()).orElseThrow();
        PupilCase open = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN)
                .orElseGet(() -> openBySignal(pupil));
        if (signal.type() == SignalType.BAND_CHANGE) {
            // the band is of the school year so far, not of the day it was seen
            int year = Period.schoolYearOf(signal.endDate());
            timeline.add(open.id(), CaseEventType.SIGNAL, CurrentUser.SYSTEM.username(), signal.key(),
                    "timeline.signalSchoolYear", Messages.nl("signal." + signal.type()), year + "-" + (year + 1),
                    Messages.date(signal.endDate()), SignalDetails.dutch(signal));
        } else {
            timeline.add(open.id(), CaseEventType.SIGNAL, CurrentUser.SYSTEM.username(), signal.key(), "timeline.signal",
                    Messages.nl("signal." + signal.type()), Messages.date(signal.startDate()),
                    Messages.date(signal.endDate()), SignalDetails.dutch(signal));
        }
        Map<String, Object> facts = new HashMap<>(signal.facts());
        partners.joinFor(open.id(), pupil.schoolId(), signal.type()).forEach(facts::put);
        publisher.publishEvent(new CaseSignalled(open.id(), pupil.id(), pupil.schoolId(), signal.type().name(),
                signal.key(), facts));
    }

    private PupilCase openBySignal(Pupil pupil) {
        PupilCase c = cases.save(PupilCase.open(pupil.id(), pupil.schoolId(), CaseStage.SIGNALLED, clock.instant()));
        timeline.add(c.id(), CaseEventType.CASE_OPENED, CurrentUser.SYSTEM.username(), null, "timeline.caseOpened");
        return c;
    }

    /**
     * Closes the case (idempotent): in the same commit, {@link CaseClosed} takes every open task of it out of the
     * inboxes (first) and tells every route of it to end, but {@code byRouteId}, the route whose step closes it, which
     * ends by itself.
     */
    @Transactional
    public void close(long caseId, Long byRouteId) {
        PupilCase c = cases.findById(caseId).orElseThrow();
        if (c.close(clock.instant())) {
            timeline.add(caseId, CaseEventType.CASE_CLOSED, CurrentUser.SYSTEM.username(), "closed:" + caseId + ":" + c.closedAt(),
                    "timeline.caseClosed");
            publisher.publishEvent(new CaseClosed(caseId, byRouteId));
        }
    }

    /**
     * The route moved the case to another stage (a stage step of the BPMN). Idempotent: the same stage again, or a
     * closed case, changes nothing.
     */
    @Transactional
    public void moveStage(long caseId, CaseStage stage) {
        PupilCase c = cases.findById(caseId).orElseThrow();
        if (!c.isOpen() || c.stage() == stage) {
            return;
        }
        CaseStage from = c.stage();
        c.moveTo(stage);
        timeline.add(caseId, CaseEventType.STAGE_CHANGED, CurrentUser.SYSTEM.username(), null, "timeline.stageChanged",
                Messages.nl("stage." + from), Messages.nl("stage." + stage));
    }

    /**
     * An entry on a case's timeline written by another module (the casusoverleg's minutes, a partner's note), in the
     * caller's transaction. {@code sourceKey} (may be null) makes a redelivered effect write once.
     */
    @Transactional
    public void record(long caseId, CaseEventType type, String actor, String sourceKey, String messageKey,
                       Object... args) {
        if (sourceKey != null && timeline.has(sourceKey)) {
            return;
        }
        timeline.add(caseId, type, actor, sourceKey, messageKey, args);
    }
}
