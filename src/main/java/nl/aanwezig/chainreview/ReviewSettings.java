package nl.aanwezig.chainreview;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** A region's settings for its chain reviews; a region without a row has the defaults and its first SWV as chair. */
@Repository
public class ReviewSettings {

    /** Month-days in the weeks after the Inspectie's quarterly call for the thuiszitters registration. */
    public static final String DEFAULT_DAYS = "01-20,04-20,07-06,10-19";

    private final JdbcTemplate jdbc;

    ReviewSettings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param chair              who chairs (an SWV account of the region), null when the region has none
     * @param doorzettingHolder  who holds the doorzettingsmacht, null when not named yet
     */
    public record Setting(long regionId, String reviewDays, String chair, String doorzettingHolder) {
    }

    public Setting of(long regionId) {
        Optional<Setting> own = jdbc.query("""
                select region_id, review_days, chair, doorzetting_holder from chain_review_setting where region_id = ?""",
                (rs, i) -> new Setting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), regionId)
                .stream().findFirst();
        String firstSwv = firstSwv(regionId);
        Setting s = own.orElse(new Setting(regionId, DEFAULT_DAYS, null, null));
        return new Setting(regionId, s.reviewDays(), s.chair() != null ? s.chair() : firstSwv,
                s.doorzettingHolder() != null ? s.doorzettingHolder() : firstSwv);
    }

    @Transactional
    void save(long regionId, String reviewDays, String chair, String doorzettingHolder) {
        ReviewDates.parse(reviewDays);
        jdbc.update("""
                insert into chain_review_setting (region_id, review_days, chair, doorzetting_holder) values (?, ?, ?, ?)
                on conflict (region_id) do update set review_days = excluded.review_days, chair = excluded.chair,
                    doorzetting_holder = excluded.doorzetting_holder""", regionId, reviewDays, chair, doorzettingHolder);
    }

    /** The SWV accounts of the region: who may chair and hold the doorzettingsmacht. */
    public List<String> swvAccounts(long regionId) {
        return jdbc.queryForList("""
                select username from staff_account where region_id = ? and role = 'SWV' and enabled order by username""",
                String.class, regionId);
    }

    /** The regions that can hold a review: they have a chair. */
    public List<Long> regionsWithChair() {
        return jdbc.queryForList("""
                select r.id from region r where exists (select 1 from chain_review_setting c
                    where c.region_id = r.id and c.chair is not null)
                or exists (select 1 from staff_account a where a.region_id = r.id and a.role = 'SWV' and a.enabled)
                order by r.id""", Long.class);
    }

    private String firstSwv(long regionId) {
        return swvAccounts(regionId).stream().findFirst().orElse(null);
    }
}
