package nl.aanwezig.attendance.signals;

import nl.aanwezig.attendance.AbsencesImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After every absence-only import, per school: the route's data quality checks ({@link AbsenceQualityChecks}) over
 * the period the export covered.
 */
@Component
class AbsenceQualityDetection {

    private static final Logger log = LoggerFactory.getLogger(AbsenceQualityDetection.class);

    private final AbsenceQualityChecks checks;
    private final TransactionTemplate newTransaction;

    private final FreshStatistics statistics;

    AbsenceQualityDetection(AbsenceQualityChecks checks, PlatformTransactionManager txManager,
                            FreshStatistics statistics) {
        this.checks = checks;
        this.statistics = statistics;
        this.newTransaction = new TransactionTemplate(txManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterAbsenceImport(AbsencesImported imported) {
        statistics.afterImportOf(imported.from(), imported.to(), "absence_record");
        for (long schoolId : imported.schoolIds()) {
            try {
                // a transaction of its own: the import's has committed, and this runs in its after-commit phase
                Integer found = newTransaction.execute(s -> checks.detect(schoolId, imported.from(), imported.to()));
                log.info("Absence data quality for school {} over {}..{}: {} new findings", schoolId, imported.from(),
                        imported.to(), found);
            } catch (RuntimeException e) {
                // the import is committed: a failing check must not make it look failed; the next import retries
                log.warn("Absence data quality checks failed for school {}", schoolId, e);
            }
        }
    }
}
