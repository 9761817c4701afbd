package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.aanwezig.base.Messages;
import nl.aanwezig.chainreview.ReviewView;

/** Every action of the review at a glance: per pupil, deadlocks, and the rode draad's recommendations per school. */
final class ActionsPanel extends VerticalLayout {

    final Grid<ReviewView.Action> grid = new Grid<>();

    ActionsPanel(ReviewView review) {
        setPadding(false);
        grid.addColumn(a -> ReviewTexts.kind(a.kind())).setHeader(getTranslation("chainreview.ui.actions.col.kind"));
        grid.addColumn(a -> a.subject() != null ? a.subject() : a.school() == null ? "" : a.school())
                .setHeader(getTranslation("chainreview.ui.actions.col.subject"));
        grid.addColumn(ReviewView.Action::description).setHeader(getTranslation("chainreview.ui.actions.col.description"))
                .setFlexGrow(3);
        grid.addColumn(ReviewView.Action::ownerName).setHeader(getTranslation("chainreview.ui.actions.col.owner"));
        grid.addColumn(a -> Messages.date(a.dueOn())).setHeader(getTranslation("chainreview.ui.actions.col.due"));
        grid.addColumn(a -> a.doneOn() == null ? "" : Messages.date(a.doneOn()) + ": " + a.outcome())
                .setHeader(getTranslation("chainreview.ui.actions.col.outcome")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(review.actions());
        add(new H3(getTranslation("chainreview.ui.actions.title")));
        if (review.actions().isEmpty()) {
            add(new Paragraph(getTranslation("chainreview.ui.action.none")));
        } else {
            add(grid);
        }
    }
}
