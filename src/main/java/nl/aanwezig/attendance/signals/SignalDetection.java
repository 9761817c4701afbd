package nl.aanwezig.attendance.signals;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.aanwezig.attendance.ApprovedTimetableChanged;
import nl.aanwezig.attendance.DuoReportKind;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.attendance.SignalRaised;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After every import, for the pupils it touched: the first empty chairs, M@ZL, the DUO 16-hour rule, luxe verzuim, LRV
 * and the school's own concern criteria. A signal is stored once per set of facts and then raised, so running the
 * detection again over the same registrations raises nothing.
 */
@Service
public class SignalDetection {

    private static final Logger log = LoggerFactory.getLogger(SignalDetection.class);
    /** The sick-report rules look back 12 weeks; a little more keeps an episode that started before whole. */
    static final Period MAZL_LOOKBACK = Period.ofWeeks(14);
    /** Four school weeks, with room for a holiday or two inside the window. */
    static final Period DUO_LOOKBACK = Period.ofWeeks(12);

    private final LessonLoader loader;
    private final SignalStore store;
    private final SignalRaising raising;
    private final EmptyChairDetection emptyChairs;
    private final Schools schools;
    private final Pupils pupils;
    private final TransactionTemplate newTransaction;
    private final BandChanges bandChanges;
    private final DataQualityChecks dataQuality;
    private final ConcernDetection concerns;
    private final FreshStatistics statistics;

    SignalDetection(LessonLoader loader, SignalStore store, SignalRaising raising, EmptyChairDetection emptyChairs,
                    Schools schools, Pupils pupils, PlatformTransactionManager txManager, BandChanges bandChanges,
                    DataQualityChecks dataQuality, ConcernDetection concerns, FreshStatistics statistics) {
        this.statistics = statistics;
        this.raising = raising;
        this.concerns = concerns;
        this.dataQuality = dataQuality;
        this.bandChanges = bandChanges;
        this.newTransaction = new TransactionTemplate(txManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.loader = loader;
        this.store = store;
        this.emptyChairs = emptyChairs;
        this.schools = schools;
        this.pupils = pupils;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void afterImport(RegistrationsImported imported) {
        statistics.afterImportOf(imported.from(), imported.to(), "registration", "attendance_day", "attendance_year");
        for (long schoolId : imported.schoolIds()) {
            try {
                // a transaction of its own: the import's has committed, and this runs in its after-commit phase
                Integer raised = newTransaction.execute(s -> detect(schoolId, imported.from(), imported.to(),
                        imported.pupilIds()));
                log.info("Signals for school {} over {}..{}: {} new", schoolId, imported.from(), imported.to(), raised);
            } catch (RuntimeException e) {
                // the import is committed: a failing detection must not make it look failed; the next import retries
                log.warn("Signal detection failed for school {}", schoolId, e);
            }
        }
    }

    /** An approved, ended or withdrawn deviation moves the pupil's figures: their band is looked at now. */
    @TransactionalEventListener(fallbackExecution = true)
    public void afterTimetableChange(ApprovedTimetableChanged changed) {
        LocalDate today = LocalDate.now(raising.clock());
        LocalDate day = changed.to().isAfter(today) ? today : changed.to();
        try {
            newTransaction.executeWithoutResult(s -> raising.raise(bandChanges.detect(changed.schoolId(), day,
                    Changed.of(Set.of(changed.pupilId())))));
        } catch (RuntimeException e) {
            log.warn("Band detection after a timetable change failed for school {}", changed.schoolId(), e);
        }
    }

    /** Every pupil of the school; returns how many new signals were raised. */
    @Transactional
    public int detect(long schoolId, LocalDate from, LocalDate to) {
        return detect(schoolId, from, to, null);
    }

    /**
     * Only {@code pupilIds} (the pupils whose registrations an import changed; null: every pupil of the school) are
     * looked at: nothing of another pupil changed, so nothing new is to be found there. Returns how many new signals
     * were raised.
     */
    @Transactional
    public int detect(long schoolId, LocalDate from, LocalDate to, Set<Long> pupilIds) {
        School school = schools.findById(schoolId).orElseThrow();
        Changed changed = Changed.of(pupilIds);
        // the parts timed at debug level: the benchmark's "bands and signals after a day's import" reads them
        long t0 = System.nanoTime();
        int raised = emptyChairs.detectEmptyChairs(schoolId, changed);
        long t1 = System.nanoTime();
        raised += raising.raise(mazl(school, from, to, changed));
        long t2 = System.nanoTime();
        // stored before the concerns are looked at: a DUO report in the window makes a concern needless
        raised += raising.raise(duo(school, from, to, changed));
        raised += raising.raise(concerns.detect(school, from, to, changed));
        long t3 = System.nanoTime();
        raised += raising.raise(bandChanges.detect(schoolId, to, changed));
        long t4 = System.nanoTime();
        dataQuality.detect(schoolId, from, to, changed);
        long t5 = System.nanoTime();
        if (log.isDebugEnabled()) {
            log.debug("Detection school {} ms: emptyChairs={} mazl={} duo={} bands={} dataQuality={}", schoolId,
                    ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4));
        }
        return raised;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private List<SignalRaised> mazl(School school, LocalDate from, LocalDate to, Changed changed) {
        List<Long> sick = loader.candidates(school.id(), "ad.sick", from, to, changed);
        Map<Long, List<Lesson>> days = loader.schoolDays(sick, from.minus(MAZL_LOOKBACK), to);
        List<SignalRaised> found = new ArrayList<>();
        for (var e : days.entrySet()) {
            for (MazlSignal m : MazlRule.detect(e.getValue())) {
                found.add(new SignalRaised(e.getKey(), school.id(), SignalType.MAZL, m.startDate(), m.endDate(),
                        m.kind().name(), Map.of("mazlKind", m.kind().name(), "startDate", m.startDate().toString(),
                        "endDate", m.endDate().toString())));
            }
        }
        return found;
    }

    private List<SignalRaised> duo(School school, LocalDate from, LocalDate to, Changed changed) {
        List<Long> truant = loader.candidates(school.id(), "ad.unauthorised_absent_min > 0", from, to, changed);
        Map<Long, List<Lesson>> lessons = loader.unauthorisedAbsencesAndSchoolDays(truant, from.minus(DUO_LOOKBACK), to);
        // pupils and their earlier reports in one query each, not two per pupil
        Map<Long, Pupil> byId = new HashMap<>();
        pupils.findAllById(lessons.keySet()).forEach(p -> byId.put(p.id(), p));
        Map<Long, List<DuoReport>> earlier = store.duoReports(lessons.keySet());
        Map<Long, List<LocalDate>> earlierLrv = store.starts(lessons.keySet(), SignalType.LRV);
        List<SignalRaised> found = new ArrayList<>();
        for (var e : lessons.entrySet()) {
            Pupil pupil = byId.get(e.getKey());
            if (!DuoDuty.applies(pupil, to)) {
                continue;
            }
            for (DuoReport r : DuoRule.detect(pupil.sector(), e.getValue(), earlier.getOrDefault(pupil.id(), List.of()))) {
                found.add(duoSignal(pupil, school, r));
            }
            for (LrvRule.Run run : LrvRule.detect(e.getValue(), earlierLrv.getOrDefault(pupil.id(), List.of()))) {
                found.add(lrvSignal(pupil, school, run));
            }
        }
        return found;
    }

    private static SignalRaised duoSignal(Pupil pupil, School school, DuoReport r) {
        return new SignalRaised(pupil.id(), school.id(), SignalType.raising(r.type()), r.startDate(), r.endDate(),
                r.hours() + " uur",
                Map.of("startDate", r.startDate().toString(), "endDate", r.endDate().toString(), "hours", r.hours(),
                        "reportType", r.type().name(), "reportDeadline", DuoDuty.deadline(r.endDate()).toString()));
    }

    private static SignalRaised lrvSignal(Pupil pupil, School school, LrvRule.Run run) {
        return new SignalRaised(pupil.id(), school.id(), SignalType.LRV, run.start(), run.end(), "> 4 schoolweken",
                Map.of("startDate", run.start().toString(), "endDate", run.end().toString(),
                        "reportType", DuoReportKind.LRV.name(),
                        "reportDeadline", DuoDuty.deadline(run.end()).toString()));
    }
}
