package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import nl.aanwezig.chainreview.ChainReviews;
import nl.aanwezig.chainreview.ChainReviews.RegionRef;
import nl.aanwezig.chainreview.figures.RegionFigures;
import nl.aanwezig.chainreview.figures.RegionReport;
import org.springframework.security.access.AccessDeniedException;

/**
 * The region figures of the chain review, for its participants: each school's pyramid side by side ("vergelijken om
 * te leren, niet om te wedijveren"), thuiszitters per quarter, days from first signal to plan per school, cases per
 * stage and the movement since the last review. No names. {@code ?regio=<id>} chooses the region; without it the
 * first region the user takes part in.
 */
@Route("ketenoverleg/cijfers")
@PageTitle("Regiocijfers ketenoverleg – Aanwezig")
@Menu(title = "nav.regionFigures", order = 5.5)
@RolesAllowed({"SWV", "LEERPLICHT", "JEUGDARTS", "OC"})
public class RegionFiguresView extends VerticalLayout implements BeforeEnterObserver {

    static final String REGION_PARAMETER = "regio";

    final ComboBox<RegionRef> region = new ComboBox<>();
    final Paragraph message = new Paragraph();
    final FlexLayout pyramids = new FlexLayout();
    final Paragraph latest = new Paragraph();
    final Paragraph movementTitle = new Paragraph();
    final RegionFigureTables tables;
    final VerticalLayout content = new VerticalLayout();

    private final transient RegionFigures figures;
    private final transient ChainReviews reviews;

    public RegionFiguresView(RegionFigures figures, ChainReviews reviews) {
        this.figures = figures;
        this.reviews = reviews;
        this.tables = new RegionFigureTables(this::getTranslation);
        Paragraph lead = new Paragraph(getTranslation("chainreview.figures.lead"));
        region.setLabel(getTranslation("chainreview.figures.region"));
        region.setItemLabelGenerator(RegionRef::name);
        region.setWidth("22em");
        pyramids.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        pyramids.getStyle().set("gap", "var(--lumo-space-m)");
        content.setPadding(false);
        content.add(new H3(getTranslation("chainreview.figures.pyramids")), pyramids,
                new H3(getTranslation("chainreview.figures.thuiszitters")),
                new Paragraph(getTranslation("chainreview.figures.thuiszittersHint")), tables.thuiszitters,
                new H3(getTranslation("chainreview.figures.medians")), latest, tables.medians,
                new H3(getTranslation("chainreview.figures.stages")), tables.stages,
                new H3(getTranslation("chainreview.figures.movement")), movementTitle, tables.movement);
        add(new H2(getTranslation("chainreview.figures.title")), lead, region, message, content);
        region.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue().id());
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<RegionRef> mine = reviews.myRegions();
        region.setItems(mine);
        region.setVisible(mine.size() > 1);
        Optional<Long> asked = parameter(event.getLocation().getQueryParameters());
        Long chosen = asked.orElse(mine.isEmpty() ? null : mine.getFirst().id());
        if (chosen == null) {
            refuse("chainreview.figures.noRegion");
            return;
        }
        mine.stream().filter(r -> r.id() == chosen).findFirst().ifPresent(region::setValue);
        show(chosen);
    }

    void show(long regionId) {
        RegionReport r;
        try {
            r = figures.report(regionId);
        } catch (AccessDeniedException e) {
            refuse("chainreview.figures.noAccess");
            return;
        }
        message.setVisible(false);
        content.setVisible(true);
        pyramids.removeAll();
        r.pyramids().forEach(p -> pyramids.add(new RegionPyramidCard(p, this::getTranslation)));
        latest.setText(r.latestQuarter() == null ? getTranslation("chainreview.figures.noReview")
                : getTranslation("chainreview.figures.mediansOf", r.latestQuarter()));
        movementTitle.setText(r.latestQuarter() == null ? getTranslation("chainreview.figures.noReview")
                : r.previousQuarter() == null ? getTranslation("chainreview.figures.movementFirst", r.latestQuarter())
                : getTranslation("chainreview.figures.movementOf", r.previousQuarter(), r.latestQuarter()));
        tables.show(r);
    }

    private void refuse(String key) {
        message.setText(getTranslation(key));
        message.setVisible(true);
        content.setVisible(false);
    }

    /** The region asked for; a value that is not a number is as if none was asked. */
    private static Optional<Long> parameter(QueryParameters parameters) {
        try {
            return parameters.getSingleParameter(REGION_PARAMETER).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
