package nl.aanwezig.demo;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.chainreview.ChainReviewMeeting;
import nl.aanwezig.chainreview.Preparation;
import nl.aanwezig.chainreview.ReviewActions;
import nl.aanwezig.chainreview.ReviewCalendar;
import nl.aanwezig.chainreview.ReviewDates;
import nl.aanwezig.chainreview.RegionSettings;
import nl.aanwezig.chainreview.ReviewSettings;
import nl.aanwezig.legal.absolute.AbsoluteAbsenceService;
import nl.aanwezig.legal.absolute.Registration;
import nl.aanwezig.school.Regions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo region's chain review: a review of the last quarter held and closed (two questions answered, a rode draad
 * with a recommendation for the schools), a child enrolled nowhere registered by leerplicht, the red pupil at home for
 * months (an LRV signal), and the region's route started with its first review today, so the engine's timer prepares
 * this quarter's review as it will every quarter after.
 */
@Component
class DemoChainReview {

    private final Regions regions;
    private final RegionSettings settings;
    private final Preparation preparation;
    private final ChainReviewMeeting meeting;
    private final ReviewActions actions;
    private final ReviewCalendar calendar;
    private final AbsoluteAbsenceService absences;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoChainReview(Regions regions, RegionSettings settings, Preparation preparation, ChainReviewMeeting meeting,
                    ReviewActions actions, ReviewCalendar calendar, AbsoluteAbsenceService absences,
                    JdbcTemplate jdbc, Clock clock) {
        this.regions = regions;
        this.settings = settings;
        this.preparation = preparation;
        this.meeting = meeting;
        this.actions = actions;
        this.calendar = calendar;
        this.absences = absences;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** After the journeys: the red case's pupil is the one at home for months. */
    void run(long redPupilId) {
        long region = regions.findByName(DemoRegions.REGION).orElseThrow().id();
        LocalDate today = LocalDate.now(clock);
        long earlier = DemoJourneys.as("swv", "SWV", () -> heldLastQuarter(region, today));
        backdate(earlier, today.minusWeeks(12));
        if (redPupilId > 0) {
            jdbc.update("""
                    insert into signal (school_id, pupil_id, type, start_date, end_date, detail, created_at)
                    select school_id, id, 'LRV', ?, ?, 'Langdurig relatief verzuim: meer dan 4 weken', now()
                    from pupil where id = ? on conflict do nothing""", Date.valueOf(today.minusWeeks(16)),
                    Date.valueOf(today.minusWeeks(12)), redPupilId);
        }
        DemoJourneys.as("leerplicht", "LEERPLICHT", () -> absences.register(new Registration("Noah", "de Wit",
                today.minusYears(13).minusMonths(4), null, today.minusWeeks(7),
                "Gezin verhuisd zonder inschrijving; huisbezoek gedaan, aanmelding bij school in de buurt loopt.")));
        // the demo's first review is due today; after it, the region's quarterly dates as its settings say
        calendar.start(region, today);
        DemoJourneys.as("swv", "SWV", () -> {
            settings.change(region, ReviewSettings.DEFAULT_DAYS, "swv", "swv");
            return null;
        });
    }

    private long heldLastQuarter(long region, LocalDate today) {
        LocalDate lastQuarter = today.minusMonths(3);
        long review = preparation.prepare(region, ReviewDates.quarter(lastQuarter), "swv");
        List<Long> items = jdbc.queryForList("select id from chain_review_item where review_id = ? order by id",
                Long.class, review);
        for (Long item : items) {
            meeting.answer(item, "Ja: het plan past bij wat de leerling nodig heeft.",
                    "De regievoerder is aan zet; de jeugdarts sluit aan bij de volgende evaluatie.");
        }
        List<Long> schools = jdbc.queryForList("select id from school where region_id = ? order by id", Long.class, region);
        actions.addTheme(review, "Angst en somberheid komen bij bijna elke casus terug",
                "Mentoren trainen in het eerste gesprek over angst (niveau 1), met de jeugdarts.", schools,
                today.plusWeeks(4));
        meeting.saveMeeting(review, new ChainReviewMeeting.MeetingForm(today.minusWeeks(11),
                "De tier-3-leerlingen van de regio bespreken en de rode draad bepalen",
                "Taak uit het privacyconvenant (wettelijke taak)", "Alleen wat nodig is voor de vraag per leerling",
                List.of(new ChainReviewMeeting.Attendee("Sanne Willems", "SWV (voorzitter)"),
                        new ChainReviewMeeting.Attendee("Lars Pieters", "Gemeente, leerplicht"),
                        new ChainReviewMeeting.Attendee("Dr. Anouk Verhoef", "GGD, jeugdarts"),
                        new ChainReviewMeeting.Attendee("Olga Claassen", "Ondersteuningscoördinator VO"))));
        meeting.close(review);
        return review;
    }

    /**
     * The demo's earlier review took place a quarter ago: its dates say so, and so do the facts its list kept (the
     * demo's cases were opened today, which a review of last quarter cannot have seen).
     */
    private void backdate(long review, LocalDate preparedOn) {
        Timestamp at = Timestamp.valueOf(preparedOn.atTime(6, 0));
        jdbc.update("""
                update chain_review set prepared_on = ?, prepared_at = ?, closed_at = ? where id = ?""",
                Date.valueOf(preparedOn), at, Timestamp.valueOf(preparedOn.plusWeeks(1).atTime(16, 0)), review);
        jdbc.update("""
                update chain_review_item set first_signal_on = ?, stage_since = ?, plan_on = ?, last_evaluation = null,
                    next_evaluation = ?, recent_pct = null, previous_pct = null, since_plan_pct = null
                where review_id = ?""", Date.valueOf(preparedOn.minusWeeks(7)), Date.valueOf(preparedOn.minusWeeks(4)),
                Date.valueOf(preparedOn.minusWeeks(4)), Date.valueOf(preparedOn.plusWeeks(2)), review);
    }
}
