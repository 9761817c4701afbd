package nl.aanwezig.attendance;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks for today's first empty chairs once imported registrations are committed: after commit, so a
 * refused or failed import never opens a case. Each school gets a new transaction of its own, because
 * the import's transaction is finished and one school's failure must not undo another's signals.
 */
@Component
class EmptyChairTrigger {

    private static final Logger log = LoggerFactory.getLogger(EmptyChairTrigger.class);

    private final SignalService signals;
    private final TransactionTemplate newTransaction;

    EmptyChairTrigger(SignalService signals, PlatformTransactionManager transactions) {
        this.signals = signals;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener
    void afterImport(RegistrationsImported imported) {
        for (long schoolId : imported.schoolIds()) {
            try {
                newTransaction.executeWithoutResult(status -> signals.detectEmptyChairs(schoolId));
            } catch (RuntimeException e) {
                // the import is committed: a failing signal must not make it look failed; the next import retries
                log.warn("Empty-chair detection failed for school {}", schoolId, e);
            }
        }
    }
}
