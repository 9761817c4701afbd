package nl.aanwezig.demo;

import nl.aanwezig.cases.family.FamilyAgreements;
import nl.aanwezig.cases.family.FamilyInvitations;
import nl.aanwezig.cases.family.FamilyKind;
import nl.aanwezig.cases.family.FamilyRequests;
import nl.aanwezig.cases.family.FamilyViews;
import nl.aanwezig.cases.family.InvitationForm;
import nl.aanwezig.cases.family.ViewForm;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The orange demo case's family: both parents (with parental authority) and the pupil invited by the OC and joined
 * (logins {@code ouder}, {@code ouder2} and {@code leerling}, password "demo" as every demo login); the first parent gave
 * a view before the next evaluation and agreed to the plan, the second has not answered yet.
 */
@Component
class DemoFamily {

    /** A password the policy allows, replaced by the demo's "demo" right after joining (demo logins only). */
    private static final String JOIN_PASSWORD = "Demo-Gezin-Zonnebloem-2026";

    private final FamilyInvitations invitations;
    private final FamilyViews views;
    private final FamilyAgreements agreements;
    private final FamilyRequests requests;
    private final PasswordEncoder encoder;
    private final JdbcTemplate jdbc;

    DemoFamily(FamilyInvitations invitations, FamilyViews views, FamilyAgreements agreements, FamilyRequests requests,
               PasswordEncoder encoder, JdbcTemplate jdbc) {
        this.invitations = invitations;
        this.views = views;
        this.agreements = agreements;
        this.requests = requests;
        this.encoder = encoder;
        this.jdbc = jdbc;
    }

    /** Run as the OC (the regievoerder of the case) once the case's plan was evaluated. */
    void run(long caseId, long pupilId) {
        String last = jdbc.queryForObject("select last_name from pupil where id = ?", String.class, pupilId);
        join(caseId, FamilyKind.PARENT, "Marieke " + last, "ouder");
        join(caseId, FamilyKind.PARENT, "Ahmed " + last, "ouder2");
        join(caseId, FamilyKind.PUPIL, jdbc.queryForObject("select first_name from pupil where id = ?", String.class,
                pupilId) + " " + last, "leerling");
        jdbc.update("update staff_account set contact = ? where username = 'oc'",
                "072 512 34 56 (school, ma-vr 8-16 uur) of o.claassen@horizoncollege.example");
        DemoJourneys.as("ouder", "OUDER", () -> {
            Long request = firstRequest(caseId);
            views.give(pupilId, request, new ViewForm("De ochtenden gaan beter: ze staat op tijd op en fietst samen "
                    + "met een vriendin.", "Maandag is zwaar, en de gymles blijft spannend.",
                    "Graag een rustig begin van de week en vaker even contact met de mentor."));
            agreements.decide(pupilId, true, null);
            return null;
        });
    }

    /** The route asks for the family's view before the next evaluation, a step after the one just held. */
    private Long firstRequest(long caseId) {
        try {
            return DemoWaits.await(() -> requests.openViews(caseId, "ouder").stream().findFirst()
                    .map(FamilyRequests.Request::id), "the request for the family's view");
        } catch (IllegalStateException e) {
            return null;
        }
    }

    private void join(long caseId, FamilyKind kind, String name, String login) {
        FamilyInvitations.Invited invited = invitations.invite(caseId, new InvitationForm(kind, name, null,
                kind == FamilyKind.PARENT));
        String token = invited.link().substring(invited.link().lastIndexOf('/') + 1);
        invitations.accept(token, login, JOIN_PASSWORD, JOIN_PASSWORD);
        jdbc.update("update staff_account set password_hash = ? where username = ?", encoder.encode(DemoPeople.PASSWORD),
                login);
    }
}
