package nl.aanwezig.cases.family;

import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tier3.PlanService;
import nl.aanwezig.cases.tier3.RegievoerderService;
import nl.aanwezig.cases.tier3.SatService;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.Tier3Steps;
import nl.aanwezig.workflow.Tier3Process;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Families as the family tests need them: a case with an orange plan and t-oc as regievoerder, a family member
 * invited by the OC and joined with their own login. The test pupils are 14 (born 2012-05-01) unless a test changes it.
 */
@Component
public class FamilyTestSupport {

    /** The password every family account of the tests chooses (allowed by the password policy). */
    public static final String PASSWORD = "Zonnebloem-Fiets-73";

    private final FamilyInvitations invitations;
    private final Tier3Steps steps;
    private final Routes routes;
    private final SatService sat;
    private final RegievoerderService regie;
    private final PlanService plans;
    private final JdbcTemplate jdbc;

    FamilyTestSupport(FamilyInvitations invitations, Tier3Steps steps, Routes routes, SatService sat,
                      RegievoerderService regie, PlanService plans, JdbcTemplate jdbc) {
        this.invitations = invitations;
        this.steps = steps;
        this.routes = routes;
        this.sat = sat;
        this.regie = regie;
        this.plans = plans;
        this.jdbc = jdbc;
    }

    /** A case in orange with t-oc as regievoerder and a drawn plan (evaluation every 6 weeks). */
    public Routes.Started orangePlan(String leerling) {
        var c = steps.referToSat(leerling);
        Sat advised = AsUser.call("t-oc", "OC", () -> sat.advice(c.taskId())).advised();
        AsUser.run("t-oc", "OC", () -> sat.analyse(c.taskId(), Tier3Steps.analysis(Sat.ORANGE,
                advised == Sat.ORANGE ? null : "Patroon van weken, niet afwachten.", null)));
        routes.awaitCase(c.caseId(), x -> x.stage() == CaseStage.ORANGE_PLAN, "orange");
        CaseTask appoint = routes.openTask(c.caseId(), Tier3Process.APPOINT_REGIEVOERDER);
        AsUser.run("t-oc", "OC", () -> regie.appoint(appoint.id(), "t-oc"));
        CaseTask draw = routes.openTask(c.caseId(), Tier3Process.DRAW_PLAN);
        AsUser.run("t-oc", "OC", () -> plans.draw(draw.id(), Tier3Steps.plan(steps.today(), 6)));
        return c;
    }

    /** The OC invites; the link is handed over (no SMTP in the tests unless a test sets one up). */
    public FamilyInvitations.Invited invite(long caseId, FamilyKind kind, String name, boolean authority) {
        return AsUser.call("t-oc", "OC", () -> invitations.invite(caseId,
                new InvitationForm(kind, name, null, authority)));
    }

    /** Invited and joined with this login; returns the login. */
    public String join(long caseId, FamilyKind kind, String name, boolean authority, String username) {
        FamilyInvitations.Invited invited = invite(caseId, kind, name, authority);
        return invitations.accept(token(invited), username, PASSWORD, PASSWORD);
    }

    /** The token of a handed-over link. */
    public static String token(FamilyInvitations.Invited invited) {
        return invited.link().substring(invited.link().lastIndexOf('/') + 1);
    }

    /** Makes the case's pupil this many years old today (the fixture's pupils are 14). */
    public void age(long pupilId, int years, java.time.LocalDate today) {
        jdbc.update("update pupil set birth_date = ? where id = ?", java.sql.Date.valueOf(today.minusYears(years)
                .minusDays(10)), pupilId);
    }

    /** The role a family member of this kind logs in with, as AsUser takes it. */
    public static String role(FamilyKind kind) {
        return kind.role().name();
    }
}
