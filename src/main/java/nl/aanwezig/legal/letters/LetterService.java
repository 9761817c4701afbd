package nl.aanwezig.legal.letters;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.pdf.PdfDocument;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.legal.duo.DuoReport;
import nl.aanwezig.legal.duo.LeerplichtReportService;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.Schools;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A letter from one of the municipality's templates for a DUO report leerplicht follows, filled in from the dossier,
 * as PDF. Only leerplicht who may open the report ({@link LeerplichtReportService#open}, audited) makes it, from a
 * template of their own municipality; the letter is on the case's timeline as leerplicht's action.
 */
@Service
@PreAuthorize("hasRole('LEERPLICHT')")
public class LetterService {

    public static final String MADE = "LETTER_MADE";
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.DUTCH);

    private final LetterTemplates templates;
    private final LetterTemplateService templateService;
    private final LeerplichtReportService reports;
    private final Pupils pupils;
    private final Schools schools;
    private final CaseService cases;
    private final CurrentUsers users;
    private final DisplayNames names;
    private final AuditLog audit;
    private final Clock clock;

    LetterService(LetterTemplates templates, LetterTemplateService templateService, LeerplichtReportService reports,
                  Pupils pupils, Schools schools, CaseService cases, CurrentUsers users, DisplayNames names,
                  AuditLog audit, Clock clock) {
        this.templates = templates;
        this.templateService = templateService;
        this.reports = reports;
        this.pupils = pupils;
        this.schools = schools;
        this.cases = cases;
        this.users = users;
        this.names = names;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes the letter into {@code out} and records it on the case's timeline. */
    @Transactional
    public void pdf(long templateId, long reportId, OutputStream out) {
        CurrentUser user = users.require();
        DuoReport report = reports.open(reportId).report();
        long municipality = templateService.municipality(user);
        LetterTemplate t = templates.find(templateId).filter(o -> o.municipalityId() != null
                && o.municipalityId() == municipality).map(LetterTemplates.Owned::template).orElseThrow(() -> {
                    audit.record(user, report.pupilId(), MADE, false, "letter template " + templateId);
                    return new AccessDeniedException("letter template " + templateId + " is not of "
                            + user.username() + "'s municipality");
                });
        Map<String, String> values = values(report, user, templates.municipalityName(municipality));
        audit.record(user, report.pupilId(), MADE, true, t.title() + " for report " + reportId);
        try (PdfDocument pdf = new PdfDocument(out, LetterVariables.fill(t.title(), values), 56)) {
            pdf.small(Messages.nl("letter.pdf.sender", values.get("gemeente.naam")));
            pdf.space();
            for (String paragraph : LetterVariables.fill(t.body(), values).split("\\n\\s*\\n")) {
                pdf.text(paragraph.strip());
                pdf.space();
            }
        }
        cases.record(report.caseId(), CaseEventType.SIGNAL, user.username(), null, "letter.timeline.made",
                LetterVariables.fill(t.title(), values), Messages.date(LocalDate.now(clock)));
    }

    private Map<String, String> values(DuoReport r, CurrentUser user, String municipality) {
        Pupil p = pupils.findById(r.pupilId()).orElseThrow(() -> new UserFacingException("duo.error.notFound"));
        Map<String, String> v = new HashMap<>();
        v.put("leerling.naam", p.fullName());
        v.put("leerling.voornaam", p.firstName());
        v.put("leerling.geboortedatum", p.birthDate() == null ? "" : LONG_DATE.format(p.birthDate()));
        v.put("leerling.nummer", p.leerling());
        v.put("school.naam", schools.findById(r.schoolId()).map(s -> s.name()).orElse(""));
        v.put("ouder.aanhef", Messages.nl("letter.salutation", p.fullName()));
        v.put("datum", LONG_DATE.format(LocalDate.now(clock)));
        v.put("verzuim.uren", String.valueOf(r.hours()));
        v.put("verzuim.periode", Messages.nl("letter.period", LONG_DATE.format(r.startDate()), LONG_DATE.format(r.endDate())));
        v.put("melding.datum", r.reportedOn() == null ? "" : LONG_DATE.format(r.reportedOn()));
        v.put("leerplicht.naam", names.of(user.username()));
        v.put("gemeente.naam", municipality);
        return v;
    }
}
