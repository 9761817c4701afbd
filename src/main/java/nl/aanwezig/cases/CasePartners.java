package nl.aanwezig.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.workflow.SignalStarts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The chain partners who serve a school (school_partner) join a case when a signal is theirs: "school
 * signals, jeugdarts advises, leerplicht enforces". Joining is what lets them open the dossier.
 */
@Component
class CasePartners {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SignalStarts starts;

    CasePartners(JdbcTemplate jdbc, Clock clock, SignalStarts starts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.starts = starts;
    }

    /**
     * Joins the partner the signal's model brings in (its start event's "partner": the jeugdarts for M@ZL, leerplicht
     * for a DUO report); returns process variables naming them (e.g. jeugdarts=…).
     */
    Map<String, Object> joinFor(long caseId, long schoolId, SignalType type) {
        String role = starts.of(type.name()).map(SignalStarts.Start::partnerRole).orElse(null);
        Map<String, Object> named = new LinkedHashMap<>();
        if (role == null) {
            return named;
        }
        List<String> partners = partners(schoolId, role);
        for (String username : partners) {
            jdbc.update("""
                    insert into case_participant (case_id, username, role, added_at) values (?, ?, ?, ?)
                    on conflict do nothing""", caseId, username, role, Timestamp.from(clock.instant()));
        }
        if (!partners.isEmpty()) {
            named.put(role.toLowerCase(), partners.get(0));
        }
        return named;
    }

    /**
     * The school's partners in a role, read once per transaction: a year's first import raises hundreds of signals
     * of one school in one transaction, and each asked the same question. Partners change in an admin's
     * transaction of their own, never in one that raises signals.
     */
    @SuppressWarnings("unchecked")
    private List<String> partners(long schoolId, String role) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return read(schoolId, role);
        }
        Map<String, List<String>> cache = (Map<String, List<String>>) TransactionSynchronizationManager.getResource(
                CACHE);
        if (cache == null) {
            Map<String, List<String>> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(CACHE, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(CACHE);
                }
            });
            cache = fresh;
        }
        return cache.computeIfAbsent(schoolId + "/" + role, k -> read(schoolId, role));
    }

    private List<String> read(long schoolId, String role) {
        return jdbc.queryForList("select username from school_partner where school_id = ? and role = ? order by username",
                String.class, schoolId, role);
    }

    /** The key of this transaction's partners, per school and role. */
    private static final Object CACHE = new Object();
}
