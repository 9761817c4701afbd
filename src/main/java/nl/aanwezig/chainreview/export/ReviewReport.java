package nl.aanwezig.chainreview.export;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.chainreview.ChainReviews;
import nl.aanwezig.chainreview.ReviewView;
import nl.aanwezig.chainreview.figures.RegionFigures;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The report of a chain review as PDF, to share after the meeting: every pupil ALWAYS under their pseudonym, whoever
 * makes it (also the OC who sees names on screen); never a name, a birth date or a medical note. Built from what
 * {@link ChainReviews#view(long)} shows the user (which checks who may and audits the opening).
 */
@Service
public class ReviewReport {

    public static final String MADE = "CHAIN_REVIEW_REPORT";

    private final ChainReviews reviews;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final RegionFigures figures;

    ReviewReport(ChainReviews reviews, CurrentUsers users, AuditLog audit, Clock clock, RegionFigures figures) {
        this.figures = figures;
        this.reviews = reviews;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The report of the review, written into {@code out}; audited as made (beside the opening of the review). */
    @PreAuthorize("hasAnyRole('SWV', 'LEERPLICHT', 'JEUGDARTS', 'OC')")
    public void pdf(long reviewId, OutputStream out) {
        ReviewView view = pseudonymised(reviews.view(reviewId));
        ReviewView.Summary s = view.summary();
        audit.record(users.require(), null, MADE, true, "review " + reviewId + " (" + s.quarter() + ") as PDF, "
                + view.items().size() + " pupils pseudonymised");
        String title = Messages.nl("chainreview.report.title", s.region(), s.quarter());
        try (ReportPdf pdf = new ReportPdf(out, title)) {
            pdf.title(title);
            pdf.text(s.meetingOn() == null ? Messages.nl("chainreview.report.notHeld")
                    : Messages.nl("chainreview.report.meetingOn", Messages.date(s.meetingOn())));
            pdf.text(Messages.nl("chainreview.report.state", Messages.nl("chainreview.report.state." + s.state())));
            pdf.heading(Messages.nl("chainreview.report.purpose"));
            pdf.text(view.purpose());
            pdf.labelled(Messages.nl("chainreview.report.legalGround"), view.legalGround());
            pdf.labelled(Messages.nl("chainreview.report.shared"), view.shared());
            pdf.heading(Messages.nl("chainreview.report.attendees"));
            pdf.table(List.of(Messages.nl("chainreview.report.name"), Messages.nl("chainreview.report.organisation")),
                    new float[] {1, 1}, view.attendees().stream().map(a -> List.of(a.name(), a.organisation())).toList());
            ReportSections.figures(pdf, view.items());
            ReportSections.pyramids(pdf, figures.report(s.regionId()).pyramids());
            ReportSections.pupils(pdf, view.items(), view.actions());
            ReportSections.themes(pdf, view.themes());
            ReportSections.actions(pdf, view.actions());
            ReportSections.additions(pdf, view.additions());
            pdf.small(Messages.nl("chainreview.report.footer", Messages.date(LocalDate.now(clock))));
        }
    }

    /**
     * The view with every pupil under their pseudonym: the label "Leerling R-0147" whether or not the user may see
     * the name, no link to the case, and the actions' subjects the same labels.
     */
    public static ReviewView pseudonymised(ReviewView view) {
        List<ReviewView.Item> items = view.items().stream().map(i -> new ReviewView.Item(i.id(),
                Messages.nl("chainreview.report.pupil", i.pseudonym()), false, i.pseudonym(), null, i.school(),
                i.sector(), i.age(), i.reasons(), i.category(), i.thuisSince(), i.stage(), i.stageSince(),
                i.firstSignalOn(), i.daysSinceSignal(), i.daysSignalToPlan(), i.recentPct(), i.previousPct(),
                i.sincePlanPct(), i.regievoerder(), i.regievoerderOrg(), i.partners(), i.consent(),
                i.lastEvaluation(), i.nextEvaluation(), i.lastReviewOutcome(), i.goodThings(), i.rightPeople()))
                .toList();
        Map<Long, String> labels = items.stream().collect(Collectors.toMap(ReviewView.Item::id,
                ReviewView.Item::label));
        List<ReviewView.Action> actions = view.actions().stream().map(a -> new ReviewView.Action(a.id(), a.itemId(),
                a.themeId(), a.kind(), a.description(), a.owner(), a.ownerName(), a.school(), a.dueOn(), a.outcome(),
                a.doneOn(), a.itemId() == null ? null : labels.get(a.itemId()))).toList();
        return new ReviewView(view.summary(), view.chair(), view.chairName(), view.purpose(), view.legalGround(),
                view.shared(), view.attendees(), items, view.themes(), actions, view.additions(), view.chairs());
    }

    static <T> Map<String, Long> counted(List<T> all, Function<T, String> key) {
        return all.stream().collect(Collectors.groupingBy(key, java.util.LinkedHashMap::new, Collectors.counting()));
    }
}
