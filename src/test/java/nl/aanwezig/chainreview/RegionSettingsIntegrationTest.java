package nl.aanwezig.chainreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.school.Regions;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The region's chain-review settings: only its SWV sets them, with SWV people and readable dates; nothing half saved. */
@IntegrationTest
class RegionSettingsIntegrationTest {

    @Autowired RegionSettings settings;
    @Autowired Regions regions;
    @Autowired JdbcTemplate jdbc;
    long region;

    @BeforeEach
    void region() {
        region = regions.region("Keten instellingen").id();
        jdbc.update("""
                insert into staff_account (username, display_name, password_hash, role, region_id) values
                ('ki-swv', 'Inge SWV', '{noop}test', 'SWV', ?), ('ki-directeur', 'Ivo directeur', '{noop}test', 'SWV', ?)
                on conflict do nothing""", region, region);
    }

    @Test
    void the_swv_of_the_region_sets_dates_chair_and_doorzettingsmacht_and_the_regions_route_starts() {
        AsUser.run("ki-swv", "SWV", () -> settings.change(region, "02-01, 05-01,08-20,11-01", "ki-swv", "ki-directeur"));
        ReviewSettings.Setting s = AsUser.call("ki-swv", "SWV", () -> settings.of(region));
        assertThat(s.reviewDays()).isEqualTo("02-01, 05-01,08-20,11-01");
        assertThat(s.chair()).isEqualTo("ki-swv");
        assertThat(s.doorzettingHolder()).isEqualTo("ki-directeur");
        assertThat(jdbc.queryForObject("select count(*) from workflow_instance where route_key = ?", Integer.class,
                "ketenoverleg:" + region)).isEqualTo(1);
    }

    @Test
    void dates_that_cannot_be_read_are_refused_in_dutch_and_nothing_is_saved() {
        assertThatThrownBy(() -> AsUser.run("ki-swv", "SWV", () -> settings.change(region, "20 januari", "ki-swv",
                "ki-swv"))).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messages().get(0).key())
                        .isEqualTo("chainreview.error.days"));
        assertThat(jdbc.queryForObject("select count(*) from chain_review_setting where region_id = ? and "
                + "review_days = '20 januari'", Integer.class, region)).isZero();
    }

    @Test
    void a_chair_who_is_not_an_swv_of_the_region_is_refused_in_dutch() {
        assertThatThrownBy(() -> AsUser.run("ki-swv", "SWV", () -> settings.change(region, ReviewSettings.DEFAULT_DAYS,
                "k-oc", "ki-swv"))).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messages().get(0).key())
                        .isEqualTo("chainreview.error.settingsPeople"));
    }

    @Test
    void an_swv_of_another_region_and_an_oc_are_refused() {
        assertThatThrownBy(() -> AsUser.run("k-swv", "SWV", () -> settings.change(region, ReviewSettings.DEFAULT_DAYS,
                "ki-swv", "ki-swv"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("k-oc", "OC", () -> settings.of(region)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
