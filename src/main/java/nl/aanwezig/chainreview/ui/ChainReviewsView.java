package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.chainreview.ChainReviews;
import nl.aanwezig.chainreview.RegionSettings;
import nl.aanwezig.chainreview.ReviewView;
import nl.aanwezig.chainreview.export.RegistrationExport;
import org.springframework.security.access.AccessDeniedException;

/** The chain reviews of the regions the user takes part in, newest first per region; a click opens one. */
@Route("ketenoverleg")
@PageTitle("Ketenoverleg – Aanwezig")
@Menu(title = "chainreview.ui.nav", order = 4.9)
@RolesAllowed({"SWV", "LEERPLICHT", "JEUGDARTS", "OC"})
public class ChainReviewsView extends VerticalLayout implements BeforeEnterObserver {

    final Paragraph none = new Paragraph();
    final VerticalLayout regions = new VerticalLayout();
    /** The grid of each region, by region id. */
    final Map<Long, Grid<ReviewView.Summary>> grids = new LinkedHashMap<>();
    /**
     * Place for the links beside the list: the region figures (ketenoverleg/cijfers) and the downloads (thuiszitters
     * XLSX/CSV, the review report PDF), added by the figures and exports work.
     */
    final HorizontalLayout downloads = new HorizontalLayout();

    private final transient ChainReviews reviews;
    private final transient RegistrationExport export;
    private final transient Clock clock;
    private final transient RegionSettings settings;

    public ChainReviewsView(ChainReviews reviews, RegistrationExport export, Clock clock, RegionSettings settings) {
        this.settings = settings;
        this.reviews = reviews;
        this.export = export;
        this.clock = clock;
        regions.setPadding(false);
        downloads.addClassName("chain-review-downloads");
        add(new H2(getTranslation("chainreview.ui.list.title")), new Paragraph(getTranslation("chainreview.ui.list.intro")),
                downloads, none, regions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        regions.removeAll();
        grids.clear();
        try {
            List<ChainReviews.RegionRef> mine = reviews.myRegions();
            none.setText(mine.isEmpty() ? getTranslation("chainreview.ui.list.none") : "");
            none.setVisible(mine.isEmpty());
            for (ChainReviews.RegionRef region : mine) {
                showRegion(region, reviews.list(region.id()));
            }
        } catch (AccessDeniedException e) {
            none.setText(getTranslation("common.noAccess"));
        }
    }

    private void showRegion(ChainReviews.RegionRef region, List<ReviewView.Summary> list) {
        regions.add(new H3(region.name()));
        LocalDate today = LocalDate.now(clock);
        RouterLink figures = new RouterLink(getTranslation("chainreview.ui.list.figures"), RegionFiguresView.class);
        figures.setQueryParameters(QueryParameters.of(RegionFiguresView.REGION_PARAMETER, String.valueOf(region.id())));
        regions.add(new HorizontalLayout(figures,
                Downloads.registration(export, region.id(), true, getTranslation("chainreview.ui.list.xlsx"), today),
                Downloads.registration(export, region.id(), false, getTranslation("chainreview.ui.list.csv"), today)));
        if (settings.mayChange(region.id())) {
            regions.add(new SettingsPanel(region.id(), settings.of(region.id()), settings.swvAccounts(region.id()),
                    settings));
        }
        if (list.isEmpty()) {
            regions.add(new Paragraph(getTranslation("chainreview.ui.list.noReviews")));
            return;
        }
        Grid<ReviewView.Summary> grid = new Grid<>();
        grid.addColumn(ReviewView.Summary::quarter).setHeader(getTranslation("chainreview.ui.col.quarter"));
        grid.addColumn(s -> Messages.date(s.preparedOn())).setHeader(getTranslation("chainreview.ui.col.prepared"));
        grid.addColumn(s -> Messages.date(s.meetingOn())).setHeader(getTranslation("chainreview.ui.col.meeting"));
        grid.addColumn(s -> ReviewTexts.state(s.state())).setHeader(getTranslation("chainreview.ui.col.state"));
        grid.addColumn(ReviewView.Summary::items).setHeader(getTranslation("chainreview.ui.col.items"));
        grid.addColumn(ReviewView.Summary::thuiszitters).setHeader(getTranslation("chainreview.ui.col.thuiszitters"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setAllRowsVisible(true);
        grid.setItems(list);
        grids.put(region.id(), grid);
        regions.add(grid);
    }

    void open(long reviewId) {
        getUI().ifPresent(ui -> ui.navigate(ChainReviewView.class, reviewId));
    }
}
