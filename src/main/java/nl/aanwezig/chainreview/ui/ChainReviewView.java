package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.chainreview.ChainReviewMeeting;
import nl.aanwezig.chainreview.ChainReviews;
import nl.aanwezig.chainreview.ReviewActions;
import nl.aanwezig.chainreview.ReviewView;
import nl.aanwezig.chainreview.ThuiszitterStatuses;
import nl.aanwezig.chainreview.export.ReviewReport;
import nl.aanwezig.chainreview.figures.RodeDraadSuggestions;
import org.springframework.security.access.AccessDeniedException;

/**
 * One chain review held: its head, the meeting (attendees, purpose, legal ground), the list of pupils (2b first, as
 * the service orders it) each with its legal ground before it is opened, the rode draad, all actions, and closing it.
 * Only its chair edits; everyone else of the region reads. Once closed it is frozen: only additions.
 */
@Route("ketenoverleg")
@PageTitle("Ketenoverleg – Aanwezig")
@RolesAllowed({"SWV", "LEERPLICHT", "JEUGDARTS", "OC"})
public class ChainReviewView extends VerticalLayout implements HasUrlParameter<Long> {

    final H2 heading = new H2();
    final Paragraph head = new Paragraph();
    final Paragraph mode = new Paragraph();
    final VerticalLayout items = new VerticalLayout();
    final List<ItemCard> cards = new ArrayList<>();
    MeetingPanel meetingPanel;
    ThemePanel themePanel;
    ActionsPanel actionsPanel;
    ClosePanel closePanel;
    ReviewView review;

    private final transient ChainReviews reviews;
    private final transient ChainReviewMeeting meeting;
    private final transient ReviewActions actions;
    private final transient ReviewReport report;
    private final transient RodeDraadSuggestions suggestions;
    private final transient ThuiszitterStatuses statuses;
    private long reviewId;

    public ChainReviewView(ChainReviews reviews, ChainReviewMeeting meeting, ReviewActions actions, ReviewReport report,
                           RodeDraadSuggestions suggestions, ThuiszitterStatuses statuses) {
        this.statuses = statuses;
        this.reviews = reviews;
        this.meeting = meeting;
        this.actions = actions;
        this.report = report;
        this.suggestions = suggestions;
        items.setPadding(false);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.reviewId = id;
        refresh();
    }

    void refresh() {
        removeAll();
        cards.clear();
        items.removeAll();
        try {
            review = reviews.view(reviewId);
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
            return;
        } catch (UserFacingException e) {
            refuse(Messages.text(e.messages().get(0)));
            return;
        }
        ReviewView.Summary s = review.summary();
        boolean editable = review.chairs() && !s.closed();
        heading.setText(getTranslation("chainreview.ui.view.heading", s.region(), s.quarter()));
        head.setText(getTranslation("chainreview.ui.view.head", Messages.date(s.preparedOn()),
                ReviewTexts.state(s.state()), ReviewTexts.orNone(review.chairName())));
        mode.setText(s.closed() ? getTranslation("chainreview.ui.view.closedNote")
                : editable ? "" : getTranslation("chainreview.ui.view.readOnly"));
        mode.setVisible(!mode.getText().isEmpty());
        meetingPanel = new MeetingPanel(review, editable, meeting, this::refresh);
        List<ReviewActions.Owner> owners = editable ? actions.owners(reviewId) : List.of();
        for (ReviewView.Item item : review.items()) {
            List<ReviewView.Action> own = review.actions().stream()
                    .filter(a -> a.itemId() != null && a.itemId() == item.id()).toList();
            ItemDetails details = new ItemDetails(item, own, owners, editable, meeting, actions, this::refresh);
            if (editable && item.category() != null) {
                details.add(new StatusForm(item, statuses, this::refresh));
            }
            ItemCard card = new ItemCard(item, details);
            cards.add(card);
            items.add(card);
        }
        if (review.items().isEmpty()) {
            items.add(new Paragraph(getTranslation("chainreview.ui.items.empty")));
        }
        themePanel = new ThemePanel(review, editable, editable ? reviews.schools(reviewId) : List.of(),
                suggestions.forReview(reviewId), actions, this::refresh);
        actionsPanel = new ActionsPanel(review);
        closePanel = new ClosePanel(review, meeting, this::refresh);
        add(heading, head, Downloads.report(report, reviewId, s.quarter(), getTranslation("chainreview.ui.view.pdf")),
                mode, meetingPanel, new H3(getTranslation("chainreview.ui.items.title", review.items().size())),
                items, themePanel, actionsPanel, closePanel);
    }

    /** The card of an item, if it is on the list. */
    ItemCard card(long itemId) {
        return cards.stream().filter(c -> c.item.id() == itemId).findFirst().orElseThrow();
    }

    private void refuse(String text) {
        heading.setText(text);
        add(heading);
    }
}
