package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.attendance.domain.AbsenceCode;
import nl.aanwezig.attendance.importing.AbsencePresets;
import nl.aanwezig.attendance.importing.ImportPreview;
import nl.aanwezig.attendance.importing.SchoolScheduleService.LessonHour;
import nl.aanwezig.attendance.importing.SchoolScheduleService;
import nl.aanwezig.base.upload.UploadReceiver;
import nl.aanwezig.school.Regions.SchoolRef;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;

/**
 * A school's settings for absence-only exports: a preset to start from, the code list, the bell schedule and the
 * minutes a bare "te laat" counts. The OC sees their own school; the admin picks one.
 */
@Route("codes-en-lestijden")
@PageTitle("Codes en lestijden – Aanwezig")
@Menu(title = "absroute.nav", order = 5.1)
@RolesAllowed({"OC", "ADMIN"})
public class CodesAndHoursView extends VerticalLayout {

    final Select<SchoolRef> school = new Select<>();
    final Select<AbsencePresets.Preset> preset = new Select<>();
    final Button applyPreset = new Button();
    final ScheduleListPanel<AbsenceCode> codes;
    final ScheduleListPanel<LessonHour> hours;
    final LateMinutesForm lateMinutes;
    final VerticalLayout sections = new VerticalLayout();

    private final transient SchoolScheduleService schedules;

    public CodesAndHoursView(SchoolScheduleService schedules, AbsencePresets presets, ImportPreview previews,
                             UploadReceiver receiver, CurrentUsers users) {
        this.schedules = schedules;
        codes = new ScheduleListPanel<>("absroute.codes.title", "absroute.codes.intro", receiver::receive,
                receiver.maxUploadSize(), in -> schedules.replaceCodes(schoolId(), in), this::refresh);
        hours = new ScheduleListPanel<>("absroute.hours.title", "absroute.hours.intro", receiver::receive,
                receiver.maxUploadSize(), in -> schedules.replaceLessonHours(schoolId(), in), this::refresh);
        lateMinutes = new LateMinutesForm(schedules, this::schoolId);
        add(new H2(getTranslation("absroute.title")), new Paragraph(getTranslation("absroute.intro")));
        configureSchool(previews, users.require().is(Role.ADMIN));
        configurePreset(presets);
        configureGrids();
        sections.setPadding(false);
        HorizontalLayout presetRow = new HorizontalLayout(preset, applyPreset);
        presetRow.setAlignItems(Alignment.BASELINE);
        sections.add(new H3(getTranslation("absroute.preset.title")), presetRow,
                codes, hours, lateMinutes);
        add(school, sections);
        refresh();
    }

    private void configureSchool(ImportPreview previews, boolean admin) {
        school.setLabel(getTranslation("absroute.school"));
        school.setItems(previews.schools());
        school.setItemLabelGenerator(s -> s.name() + " (" + s.brin() + ")");
        school.setVisible(admin);
        if (!admin) {
            // an OC has one school: theirs
            previews.schools().stream().findFirst().ifPresent(school::setValue);
        }
        school.addValueChangeListener(e -> refresh());
    }

    private void configurePreset(AbsencePresets presets) {
        preset.setLabel(getTranslation("absroute.preset"));
        preset.setItems(presets.all());
        preset.setItemLabelGenerator(p -> p.name() + " (" + p.sector() + ")");
        applyPreset.setText(getTranslation("absroute.preset.apply"));
        applyPreset.addClickListener(e -> apply());
    }

    private void configureGrids() {
        codes.grid.addColumn(AbsenceCode::code).setHeader(getTranslation("absroute.col.code")).setAutoWidth(true);
        codes.grid.addColumn(AbsenceCode::description).setHeader(getTranslation("absroute.col.description"));
        codes.grid.addColumn(c -> c.status().csvValue()).setHeader(getTranslation("absroute.col.status"));
        codes.grid.addColumn(c -> c.reason() == null ? "" : c.reason().csvValue())
                .setHeader(getTranslation("absroute.col.reason"));
        codes.grid.addColumn(c -> c.authorised() == null ? "" : getTranslation(c.authorised() ? "absroute.yes"
                : "absroute.no")).setHeader(getTranslation("absroute.col.authorised"));
        hours.grid.addColumn(h -> nl.aanwezig.attendance.importing.reading.ScheduleValues.weekdayName(h.weekday()))
                .setHeader(getTranslation("absroute.col.weekday"));
        hours.grid.addColumn(LessonHour::hour).setHeader(getTranslation("absroute.col.hour"));
        hours.grid.addColumn(LessonHour::start).setHeader(getTranslation("absroute.col.start"));
        hours.grid.addColumn(LessonHour::end).setHeader(getTranslation("absroute.col.end"));
    }

    void apply() {
        if (preset.getValue() == null) {
            preset.setInvalid(true);
            preset.setErrorMessage(getTranslation("absroute.preset.choose"));
            return;
        }
        preset.setInvalid(false);
        var result = schedules.applyPreset(schoolId(), preset.getValue().id());
        if (result.refused()) {
            codes.errors.setItems(result.errors());
            codes.errors.setVisible(true);
            nl.aanwezig.base.ui.Notifications.error(getTranslation("absroute.list.refused", result.rejected()));
        } else {
            nl.aanwezig.base.ui.Notifications.success(getTranslation("absroute.preset.applied", preset.getValue().name()));
            refresh();
        }
    }

    /** Shows the chosen school's lists; without a school (the admin has not chosen) the sections are hidden. */
    void refresh() {
        boolean chosen = school.getValue() != null;
        sections.setVisible(chosen);
        if (chosen) {
            codes.show(schedules.codes(schoolId()));
            hours.show(schedules.lessonHours(schoolId()));
            lateMinutes.load();
        }
    }

    long schoolId() {
        return school.getValue().id();
    }
}
