package nl.aanwezig.chainreview.export;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.chainreview.ChainReviewMeeting;
import nl.aanwezig.chainreview.ChainReviewMeeting.Attendee;
import nl.aanwezig.chainreview.ChainReviewMeeting.MeetingForm;
import nl.aanwezig.chainreview.Preparation;
import nl.aanwezig.chainreview.ReviewActions;
import nl.aanwezig.support.AsUser;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A prepared and discussed chain review of the fixture region 'Testregio keten' with three pupils of the test's own:
 * an orange case at K1VO, a red case at K2PO, and an LRV signal four months ago at K1VO (a 2b thuiszitter). Each pupil
 * has a first and last name of the test's own, so a test can look for them in what it reads. The chair k-swv holds
 * the meeting: attendees, both answers per pupil, an action on the orange pupil, a rode-draad theme.
 */
public final class ReviewFixture {

    /** @param pupils leerling number to its pupil; {@code quarter} the review's own (7 characters) */
    public record Built(long regionId, long reviewId, Map<String, Pupil> pupils) {
        public Pupil pupil(String suffix) {
            return pupils.values().stream().filter(p -> p.leerling().endsWith(suffix)).findFirst().orElseThrow();
        }
    }

    public record Pupil(long id, String leerling, String school, String firstName, String lastName, String pseudonym) {
    }

    private ReviewFixture() {
    }

    /**
     * @param tag     a few letters of the test's own: in the leerling numbers and the names
     * @param quarter a quarter no other test of the region uses (varchar 7), e.g. "2081-Q1"
     */
    public static Built build(JdbcTemplate jdbc, Clock clock, Preparation preparation, ChainReviewMeeting meeting,
                              ReviewActions actions, String tag, String quarter) {
        LocalDate today = LocalDate.now(clock);
        long region = jdbc.queryForObject("select id from region where name = 'Testregio keten'", Long.class);
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put(tag + "-o", pupil(jdbc, "K1VO", tag + "-o", "Ofelia" + tag, "Oranjeboom" + tag, "2011-04-03", "VO"));
        ids.put(tag + "-r", pupil(jdbc, "K2PO", tag + "-r", "Roderik" + tag, "Roodhart" + tag, "2015-02-11", "PO"));
        ids.put(tag + "-l", pupil(jdbc, "K1VO", tag + "-l", "Lieke" + tag, "Langeveld" + tag, "2010-09-20", "VO"));
        openCase(jdbc, ids.get(tag + "-o"), "ORANGE_PLAN");
        openCase(jdbc, ids.get(tag + "-r"), "RED_ARRANGEMENT");
        LocalDate since = today.minusMonths(4);
        jdbc.update("""
                insert into signal (school_id, pupil_id, type, start_date, end_date, created_at)
                select school_id, id, 'LRV', ?, ?, now() from pupil where id = ? on conflict do nothing""",
                Date.valueOf(since), Date.valueOf(since.plusDays(13)), ids.get(tag + "-l"));
        long review = preparation.prepare(region, quarter, "k-swv");
        AsUser.run("k-swv", "SWV", () -> {
            meeting.saveMeeting(review, new MeetingForm(today, "Vastgelopen casussen vlottrekken",
                    "Taak uit het privacyconvenant van de regio", "Gepseudonimiseerd met de deelnemers",
                    List.of(new Attendee("Kim SWV", "Samenwerkingsverband"), new Attendee("Kai", "Leerplicht"))));
            for (long itemId : jdbc.queryForList("select id from chain_review_item where review_id = ?", Long.class,
                    review)) {
                meeting.answer(itemId, "Ja, het plan loopt " + tag, "Leerplicht en school " + tag);
            }
            long orangeItem = jdbc.queryForObject("""
                    select i.id from chain_review_item i join review_subject s on s.id = i.subject_id
                    where i.review_id = ? and s.pupil_id = ?""", Long.class, review, ids.get(tag + "-o"));
            actions.addAction(orangeItem, "Huisbezoek plannen " + tag, "k-leerplicht", today.plusDays(14));
            actions.addTheme(review, "Wachtlijst jeugdzorg " + tag, "Eerder opschalen naar het SWV " + tag, List.of(),
                    today.plusDays(30));
        });
        Map<String, Pupil> pupils = new LinkedHashMap<>();
        ids.forEach((leerling, id) -> pupils.put(leerling, jdbc.queryForObject("""
                select p.id, p.leerling, s.brin, p.first_name, p.last_name, rs.pseudonym from pupil p
                join school s on s.id = p.school_id join review_subject rs on rs.pupil_id = p.id and rs.region_id = ?
                where p.id = ?""", (rs, i) -> new Pupil(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6)), region, id)));
        return new Built(region, review, pupils);
    }

    private static long pupil(JdbcTemplate jdbc, String brin, String leerling, String first, String last,
                              String born, String sector) {
        jdbc.update("""
                insert into pupil (school_id, leerling, first_name, last_name, birth_date, sector)
                select id, ?, ?, ?, ?::date, ? from school where brin = ? on conflict do nothing""", leerling, first, last,
                born, sector, brin);
        return jdbc.queryForObject("select p.id from pupil p join school s on s.id = p.school_id "
                + "where s.brin = ? and p.leerling = ?", Long.class, brin, leerling);
    }

    private static void openCase(JdbcTemplate jdbc, long pupilId, String stage) {
        jdbc.update("""
                insert into pupil_case (pupil_id, school_id, status, stage, opened_at)
                select id, school_id, 'OPEN', ?, now() from pupil where id = ?
                  and not exists (select 1 from pupil_case c where c.pupil_id = pupil.id and c.status = 'OPEN')""",
                stage, pupilId);
    }
}
