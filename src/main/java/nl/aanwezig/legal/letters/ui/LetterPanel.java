package nl.aanwezig.legal.letters.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.PdfDownload;
import nl.aanwezig.legal.letters.LetterService;
import nl.aanwezig.legal.letters.LetterTemplate;
import nl.aanwezig.legal.letters.LetterTemplateService;

/**
 * Making a letter for the report leerplicht has open: the municipality's template and a PDF link. Hidden while no
 * report is open or the user's municipality is not known.
 */
public class LetterPanel extends HorizontalLayout {

    final Select<LetterTemplate> template = new Select<>();
    final Anchor pdf;
    private Long reportId;

    public LetterPanel(LetterTemplateService templates, LetterService letters) {
        template.setLabel(getTranslation("letter.make"));
        template.setItemLabelGenerator(LetterTemplate::title);
        pdf = PdfDownload.link(getTranslation("letter.make.pdf"), "brief.pdf", out -> {
            if (template.getValue() != null && reportId != null) {
                letters.pdf(template.getValue().id(), reportId, out);
            }
        });
        setAlignItems(Alignment.BASELINE);
        add(template, pdf);
        try {
            List<LetterTemplate> all = templates.templates();
            template.setItems(all);
            template.setValue(all.isEmpty() ? null : all.getFirst());
        } catch (UserFacingException e) {
            template.setItems(List.of());
        }
        setVisible(false);
    }

    /** The report a letter is made for. */
    public void show(long reportId) {
        this.reportId = reportId;
        setVisible(template.getValue() != null);
    }
}
