package nl.aanwezig.chainreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.aanwezig.cases.family.FamilyRequests;
import nl.aanwezig.workflow.ChainReviewProcess;
import nl.aanwezig.workflow.RouteJob;
import nl.aanwezig.workflow.RouteLedger;
import nl.aanwezig.workflow.RouteStep;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region routes of bpmn/ketenoverleg.bpmn: started once per region that has a chair, and their two steps. The
 * model decides when (the timer on the date this step names) and what follows; the steps only compute the date,
 * prepare the list and ask the families of its cases for their view.
 */
@Configuration
public class ReviewCalendar {

    /** The chair holds the review within six weeks of its preparation (the task's due date). */
    static final int HOLD_WITHIN_DAYS = 42;

    private final RouteLedger routes;
    private final ReviewSettings settings;
    private final Preparation preparation;
    private final Clock clock;
    private final boolean autostart;

    ReviewCalendar(RouteLedger routes, ReviewSettings settings, Preparation preparation, Clock clock,
                   @Value("${aanwezig.chain-review.autostart:true}") boolean autostart) {
        this.routes = routes;
        this.settings = settings;
        this.preparation = preparation;
        this.clock = clock;
        this.autostart = autostart;
    }

    /**
     * After the models are deployed (order 10), every region with a chair gets its route, once for good (not in the
     * tests, whose regions would otherwise prepare reviews whenever another test moves the engine's clock).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    @Transactional
    public void startRegions() {
        if (autostart) {
            settings.regionsWithChair().forEach(region -> start(region, null));
        }
    }

    /**
     * Starts the region's route unless it runs. A region that joins can ask for its first review on a day of its own
     * (today, say): the timer of a day already begun fires at once; after it, the region's quarterly days follow.
     */
    @Transactional
    public boolean start(long regionId, LocalDate firstReview) {
        Map<String, Object> vars = new java.util.LinkedHashMap<>(Map.of("regionId", regionId));
        if (firstReview != null) {
            vars.put(VAR_FIRST_REVIEW, firstReview.toString());
        }
        return routes.startOnce(null, ChainReviewProcess.ID, ChainReviewProcess.routeKey(regionId), vars);
    }

    static final String VAR_FIRST_REVIEW = "firstReview";

    @Bean
    RouteStep chainReviewNextDateStep() {
        return RouteStep.reading(ChainReviewProcess.JOB_NEXT_DATE, job -> {
            long region = job.longVariable("regionId");
            LocalDate today = LocalDate.now(clock);
            if (!job.variables().containsKey(ChainReviewProcess.VAR_NEXT_REVIEW)
                    && job.variables().get(VAR_FIRST_REVIEW) instanceof String first) {
                return Map.of(ChainReviewProcess.VAR_NEXT_REVIEW, first);
            }
            // after a review the next date follows that review's date even when the clock is still on the same day
            LocalDate after = job.variables().get(ChainReviewProcess.VAR_NEXT_REVIEW) instanceof String last
                    && LocalDate.parse(last).isAfter(today) ? LocalDate.parse(last) : today;
            return Map.of(ChainReviewProcess.VAR_NEXT_REVIEW,
                    ReviewDates.nextAfter(settings.of(region).reviewDays(), after).toString());
        });
    }

    @Bean
    RouteStep chainReviewPrepareStep() {
        return RouteStep.writing(ChainReviewProcess.JOB_PREPARE, this::prepare);
    }

    /**
     * "Gezinnen om hun stem vragen": every case on the prepared review; the family's view is asked for the review's
     * date, once per review and case (a redelivered job asks nobody twice).
     */
    @Bean
    RouteStep chainReviewAskFamiliesStep(FamilyRequests requests, JdbcTemplate jdbc) {
        return RouteStep.writing(ChainReviewProcess.JOB_ASK_FAMILIES, job -> {
            long reviewId = job.longVariable("reviewId");
            LocalDate date = LocalDate.parse((String) job.variables().get(ChainReviewProcess.VAR_NEXT_REVIEW));
            for (Long caseId : jdbc.queryForList("""
                    select distinct case_id from chain_review_item where review_id = ? and case_id is not null
                    order by case_id""", Long.class, reviewId)) {
                requests.ask(caseId, FamilyRequests.Kind.VIEW, FamilyRequests.Occasion.CHAIN_REVIEW, date,
                        "chain-review:" + reviewId + ":" + caseId);
            }
            return Map.of();
        });
    }

    private Map<String, Object> prepare(RouteJob job) {
        long region = job.longVariable("regionId");
        LocalDate date = LocalDate.parse((String) job.variables().get(ChainReviewProcess.VAR_NEXT_REVIEW));
        String chair = settings.of(region).chair();
        if (chair == null) {
            throw new IllegalStateException("region " + region + " has no chair (an SWV account) for its chain review");
        }
        long reviewId = preparation.prepare(region, ReviewDates.quarter(date), chair);
        return Map.of("reviewId", reviewId, ChainReviewProcess.VAR_CHAIR, chair,
                "holdBy", LocalDate.now(clock).plusDays(HOLD_WITHIN_DAYS).toString());
    }
}
