package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinService;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.conversation.FollowUps;
import nl.aanwezig.cases.tier3.MonitoringReviews;

/**
 * "Gepland" on the pupil page: what is planned for the open case and has no task yet (a follow-up conversation on the
 * date the mentor chose, the review of yellow monitoring). Hidden when nothing is planned or the reader does not see it.
 */
public class PlannedBlock extends VerticalLayout {

    final UnorderedList items = new UnorderedList();
    private final transient FollowUps followUps;
    private final transient MonitoringReviews reviews;

    public PlannedBlock(FollowUps followUps, MonitoringReviews reviews) {
        this.followUps = followUps;
        this.reviews = reviews;
        setPadding(false);
        setSpacing(false);
        addClassName("planned");
        add(new H4(getTranslation("p2.planned.title")), items);
        setVisible(false);
    }

    static PlannedBlock forPupil(long pupilId) {
        PlannedBlock block = VaadinService.getCurrent().getInstantiator().getOrCreate(PlannedBlock.class);
        block.show(pupilId);
        return block;
    }

    void show(long pupilId) {
        items.removeAll();
        reviews.reviewOf(pupilId).ifPresent(on -> items.add(new ListItem(
                getTranslation("p2.planned.monitoringReview", Messages.date(on)))));
        followUps.planned(pupilId).forEach(p -> items.add(new ListItem(
                getTranslation("p2.planned.followUp", Messages.date(p.on()), p.by()))));
        setVisible(items.getChildren().findAny().isPresent());
    }
}
