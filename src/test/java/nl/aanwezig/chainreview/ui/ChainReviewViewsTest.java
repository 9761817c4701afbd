package nl.aanwezig.chainreview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.ui.TasksView;
import nl.aanwezig.chainreview.ChainReviewMeeting;
import nl.aanwezig.chainreview.ChainReviews;
import nl.aanwezig.chainreview.Preparation;
import nl.aanwezig.chainreview.ReviewActions;
import nl.aanwezig.chainreview.ReviewView;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The chain review's screens on the fixture region 'Testregio keten': the chair holds a prepared review and closes it,
 * the OCs see the pupil by name or pseudonym as their school says, a closed review refuses editing in Dutch, and an
 * action's owner completes it from the inbox. Each test prepares its own quarter (2091-Qn, this class only).
 */
@IntegrationTest
class ChainReviewViewsTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired JdbcTemplate jdbc;
    @Autowired Preparation preparation;
    @Autowired ChainReviews reviews;
    @Autowired ChainReviewMeeting meeting;
    @Autowired ReviewActions actions;
    @Autowired Clock clock;

    @Test
    @WithMockUser(username = "k-swv", roles = "SWV")
    void the_chair_saves_the_meeting_answers_adds_an_action_closes_the_review_and_adds_an_addition() {
        Prepared p = prepare("2091-Q1", "kr-ui-chair");
        ChainReviewView view = open(p.reviewId());
        assertThat(view.card(p.itemId()).consent.getText())
                .isEqualTo("Grondslag: geen toestemming – bespreken op grond van het convenant");

        test(view.meetingPanel.save).click();
        assertThat(view.meetingPanel.errors.getText()).contains("Vul de datum van het overleg in.");
        assertThat(jdbc.queryForObject("select meeting_on is null from chain_review where id = ?", Boolean.class,
                p.reviewId())).isTrue();

        LocalDate today = LocalDate.now(clock);
        MeetingPanel m = view.meetingPanel;
        test(m.date).setValue(today);
        test(m.purpose).setValue("Elke leerling in niveau 3 bespreken: doen we de goede dingen?");
        test(m.ground).selectItem("Taak uit het privacyconvenant (wettelijke taak)");
        test(m.groundNote).setValue("art. 5 convenant");
        test(m.shared).setValue("Fase, duur en trend; namen alleen met de eigen OC.");
        test(m.addAttendee).click();
        test(m.rows.getFirst().name).setValue("Kim SWV");
        test(m.rows.getFirst().organisation).setValue("Samenwerkingsverband");
        test(m.save).click();
        assertThat(test(notifications().last()).getText()).isEqualTo("Het overleg is opgeslagen.");
        assertThat(view.meetingPanel.ground.getValue()).isEqualTo("Taak uit het privacyconvenant (wettelijke taak)");
        assertThat(view.meetingPanel.groundNote.getValue()).isEqualTo("art. 5 convenant");
        assertThat(view.meetingPanel.rows).singleElement()
                .satisfies(r -> assertThat(r.organisation.getValue()).isEqualTo("Samenwerkingsverband"));

        ItemDetails d = view.card(p.itemId()).body;
        test(d.goodThings).setValue("Ja, het plan loopt; de school zoekt een andere aanpak voor de ochtenden.");
        test(d.rightPeople).setValue("Jeugdarts erbij halen.");
        test(d.saveAnswers).click();
        d = view.card(p.itemId()).body;
        assertThat(d.rightPeople.getValue()).isEqualTo("Jeugdarts erbij halen.");
        test(d.owner).selectItem("Karin OC (keten VO) (Ketenschool VO)");
        test(d.description).setValue("Gesprek met jeugdarts plannen");
        test(d.due).setValue(today.plusDays(14));
        test(d.addAction).click();
        assertThat(view.review.actions()).anySatisfy(a -> {
            assertThat(a.itemId()).isEqualTo(p.itemId());
            assertThat(a.owner()).isEqualTo("k-oc");
            assertThat(a.kind()).isEqualTo("ACTION");
        });

        // whatever else is on the region's list (other classes' pupils) is answered too, so the review can close
        view.review.items().stream().filter(i -> i.goodThings() == null && i.rightPeople() == null)
                .forEach(i -> meeting.answer(i.id(), "Besproken.", null));
        view.refresh();
        test(view.closePanel.close).click();
        assertThat(view.closePanel.confirm.isOpened()).isTrue();
        test(view.closePanel.confirm).confirm();

        assertThat(reviews.view(p.reviewId()).summary().closed()).isTrue();
        assertThat(view.meetingPanel.save.isAttached()).isFalse();
        assertThat(view.meetingPanel.date.isReadOnly()).isTrue();
        assertThat(view.card(p.itemId()).body.addAction.isAttached()).isFalse();
        assertThat(view.closePanel.close.isAttached()).isFalse();
        assertThat(view.mode.getText()).startsWith("Dit ketenoverleg is gesloten");

        test(view.closePanel.addition).setValue("Correctie: de jeugdarts was ook aanwezig.");
        test(view.closePanel.add).click();
        assertThat(view.closePanel.additions.getElement().getTextRecursively())
                .contains("Correctie: de jeugdarts was ook aanwezig.", "Kim SWV (voorzitter)");
    }

    @Test
    @WithMockUser(username = "k-oc2", roles = "OC")
    void the_oc_of_another_school_sees_the_pupil_under_a_pseudonym_and_reads_only() {
        Prepared p = prepare("2091-Q2", "kr-ui-oc2");
        navigate(ChainReviewsView.class);
        ChainReviewsView list = (ChainReviewsView) getCurrentView();
        Grid<ReviewView.Summary> grid = list.grids.get(region());
        int row = IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).id() == p.reviewId())
                .findFirst().orElseThrow();
        assertThat(test(grid).getCellText(row, 3)).isEqualTo("voorbereid");
        test(grid).clickRow(row);

        ChainReviewView view = (ChainReviewView) getCurrentView();
        ItemCard card = view.card(p.itemId());
        assertThat(card.label.getText()).startsWith("Leerling R-");
        assertThat(view.getElement().getTextRecursively()).doesNotContain(p.pupil().firstName());
        assertThat(view.mode.getText()).isEqualTo("Je leest mee; alleen de voorzitter (SWV) legt het overleg vast.");
        assertThat(view.meetingPanel.save.isAttached()).isFalse();
        assertThat(card.body.goodThings.isReadOnly()).isTrue();
        assertThat(view.closePanel.close.isAttached()).isFalse();
    }

    @Test
    @WithMockUser(username = "k-oc", roles = "OC")
    void the_oc_of_the_pupils_school_sees_the_name() {
        Prepared p = prepare("2091-Q3", "kr-ui-oc");
        ChainReviewView view = open(p.reviewId());
        assertThat(view.card(p.itemId()).label.getText())
                .isEqualTo(p.pupil().firstName() + " " + p.pupil().lastName());
    }

    @Test
    @WithMockUser(username = "k-swv", roles = "SWV")
    void a_review_closed_meanwhile_refuses_an_answer_in_dutch_and_saves_nothing() {
        Prepared p = prepare("2091-Q4", "kr-ui-closed");
        ChainReviewView view = open(p.reviewId());
        jdbc.update("update chain_review set state = 'CLOSED' where id = ?", p.reviewId());

        ItemDetails d = view.card(p.itemId()).body;
        test(d.goodThings).setValue("Te laat.");
        test(d.saveAnswers).click();
        assertThat(d.errors.getText())
                .isEqualTo("Dit ketenoverleg is gesloten. Een correctie voeg je toe als aanvulling.");
        assertThat(jdbc.queryForObject("select good_things from chain_review_item where id = ?", String.class,
                p.itemId())).isNull();
        view.refresh();
        assertThat(view.card(p.itemId()).body.saveAnswers.isAttached()).isFalse();
    }

    @Test
    @WithMockUser(username = "k-oc", roles = "OC")
    void the_owner_opens_the_action_from_the_inbox_and_completes_it_and_a_task_route_forwards_to_its_review() {
        Prepared p = prepare("2092-Q1", "kr-ui-owner");
        long actionId = AsUser.call("k-swv", "SWV", () -> actions.addAction(p.itemId(), "Ouders uitnodigen", "k-oc",
                LocalDate.now(clock).plusDays(7)));
        long taskId = Eventually.get(() -> jdbc.query("""
                select id from task where assignee = 'k-oc' and state = 'OPEN' and context = ?""",
                (rs, i) -> rs.getLong(1), "{\"actionId\":" + actionId + "}").stream().findFirst(), Routes.WAIT,
                "the action's task");
        // a review task opened by its own route forwards to the review it belongs to
        navigate("ketenoverleg/taak/" + taskId, ChainReviewView.class);
        assertThat(((ChainReviewView) getCurrentView()).review.summary().id()).isEqualTo(p.reviewId());

        navigate(TasksView.class);
        @SuppressWarnings("unchecked")
        Grid<TaskItem> inbox = $(Grid.class).single();
        int row = IntStream.range(0, test(inbox).size()).filter(i -> test(inbox).getRow(i).taskId() == taskId
                && "chain-review-action".equals(test(inbox).getRow(i).form())).findFirst().orElseThrow();
        test(inbox).clickRow(row);
        ActionTaskView form = (ActionTaskView) getCurrentView();
        assertThat(form.kind.getText()).isEqualTo("Soort: actie");
        assertThat(form.description.getText()).isEqualTo("Afspraak: Ouders uitnodigen");
        assertThat(form.subject.getText()).startsWith("Leerling: Leerling R-");

        test(form.complete).click();
        assertThat(form.errors.getText()).startsWith("Schrijf wat er gedaan of besloten is");
        test(form.outcome).setValue("Ouders komen dinsdag op school.");
        test(form.complete).click();
        assertThat(test(notifications().last()).getText()).isEqualTo("Afspraak afgerond.");
        assertThat(getCurrentView()).isInstanceOf(TasksView.class);
        assertThat(jdbc.queryForObject("select state from task where id = ?", String.class, taskId))
                .isEqualTo("COMPLETED");
        assertThat(jdbc.queryForObject("select outcome from chain_review_action where id = ?", String.class, actionId))
                .isEqualTo("Ouders komen dinsdag op school.");
    }

    @Test
    @WithMockUser(username = "k-leerplicht", roles = "LEERPLICHT")
    void leerplicht_opens_the_prepared_review_from_the_inbox_and_reads_it() {
        Prepared p = prepare("2092-Q2", "kr-ui-read");
        navigate(TasksView.class);
        @SuppressWarnings("unchecked")
        Grid<TaskItem> inbox = $(Grid.class).single();
        int row = IntStream.range(0, test(inbox).size()).filter(i -> test(inbox).getRow(i).taskId() == p.reviewId()
                && "chain-review-read".equals(test(inbox).getRow(i).form())).findFirst().orElseThrow();
        test(inbox).clickRow(row);
        ChainReviewView view = (ChainReviewView) getCurrentView();
        assertThat(view.review.summary().id()).isEqualTo(p.reviewId());
        assertThat(view.meetingPanel.date.isReadOnly()).isTrue();
        assertThat(view.card(p.itemId()).label.getText()).startsWith("Leerling R-");
    }

    @Test
    @WithMockUser(username = "k-swv-ander", roles = "SWV")
    void the_swv_of_another_region_is_refused_the_review() {
        Prepared p = AsUser.call("k-swv", "SWV", () -> prepare("2092-Q3", "kr-ui-ander"));
        ChainReviewView view = open(p.reviewId());
        assertThat(view.heading.getText()).startsWith("Geen toegang");
        assertThat(view.cards).isEmpty();
    }

    record Prepared(long reviewId, long itemId, Pupil pupil) {
    }

    /** A K1VO pupil with an open orange case, and the region's review of the quarter prepared with k-swv chairing. */
    private Prepared prepare(String quarter, String leerling) {
        Pupil pupil = data.pupil(schools.findByBrin("K1VO").orElseThrow(), leerling, "3A", "k-mentor");
        Long caseId = jdbc.query("select id from pupil_case where pupil_id = ?", (rs, i) -> rs.getLong(1), pupil.id())
                .stream().findFirst().orElseGet(() -> jdbc.queryForObject("""
                        insert into pupil_case (pupil_id, school_id, status, stage, opened_at)
                        values (?, ?, 'OPEN', 'ORANGE_PLAN', now() - interval '60 days') returning id""", Long.class,
                        pupil.id(), pupil.schoolId()));
        long reviewId = preparation.prepare(region(), quarter, "k-swv");
        long itemId = jdbc.queryForObject("select id from chain_review_item where review_id = ? and case_id = ?",
                Long.class, reviewId, caseId);
        return new Prepared(reviewId, itemId, pupil);
    }

    private long region() {
        return jdbc.queryForObject("select id from region where name = 'Testregio keten'", Long.class);
    }

    private ChainReviewView open(long reviewId) {
        navigate("ketenoverleg/" + reviewId, ChainReviewView.class);
        return (ChainReviewView) getCurrentView();
    }

    private com.vaadin.browserless.ComponentQuery<Notification> notifications() {
        return $(Notification.class);
    }
}
