package nl.aanwezig.legal.exemption;

import java.time.Clock;
import java.time.LocalDate;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Correcting a decision already made: the officer who made it, or leerplicht of a school they serve, records the
 * corrected outcome with the reason for the correction. The earlier decision stays in the history and on the
 * timeline; the exemption shows the corrected one.
 */
@Service
public class DecisionCorrections {

    private final ExemptionService service;
    private final Exemptions exemptions;
    private final DecisionHistory history;
    private final ExemptionAccess access;
    private final ExemptionTimeline timeline;
    private final ExemptionRoutes routes;
    private final CurrentUsers users;
    private final Clock clock;

    DecisionCorrections(ExemptionService service, Exemptions exemptions, DecisionHistory history,
                        ExemptionAccess access, ExemptionTimeline timeline, ExemptionRoutes routes,
                        CurrentUsers users, Clock clock) {
        this.service = service;
        this.exemptions = exemptions;
        this.history = history;
        this.access = access;
        this.timeline = timeline;
        this.routes = routes;
        this.users = users;
        this.clock = clock;
    }

    /** The correction's rules without saving anything: the form asks for confirmation only of one that holds. */
    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional(readOnly = true)
    public void check(long exemptionId, Decision corrected) {
        allowed(exemptionId, corrected);
    }

    /** Records the corrected decision; its reason says why the earlier one was wrong. Nothing is saved on refusal. */
    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional
    public void correct(long exemptionId, Decision corrected) {
        CurrentUser user = users.require();
        Exemption e = allowed(exemptionId, corrected);
        exemptions.saveDecision(e.id(), corrected, user.username());
        history.add(e.id(), corrected, user.username(), clock.instant(), true);
        routes.corrected(e, corrected, history.corrections(e.id()));
        timeline.record(e.pupilId(), user.username(), "exemption-correction:" + e.id() + ":" + clock.millis(),
                "exemption.timeline.corrected", Messages.nl(
                        "exemption.outcome." + (corrected.isGranted() ? Outcome.GRANTED : Outcome.REFUSED)));
    }

    private Exemption allowed(long exemptionId, Decision corrected) {
        CurrentUser user = users.require();
        Exemption e = service.find(exemptionId);
        boolean decider = user.is(Role.LEERPLICHT)
                && history.lastDecidedBy(e.id()).map(user.username()::equals).orElse(false);
        if (!decider) {
            access.checkDecide(user, e.schoolId(), e.pupilId());
        }
        if (e.outcome() == Outcome.PENDING) {
            throw new UserFacingException(UserFacingException.Kind.CONFLICT, "exemption.error.correction.notDecided");
        }
        ExemptionRules.orRefuse(ExemptionRules.decision(corrected, e, LocalDate.now(clock)));
        return e;
    }
}
