package nl.aanwezig.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/** NEN 7513: logins, logouts and every refusal leave an audit row, and audit rows cannot be changed. */
@IntegrationTest
class AuditTrailIntegrationTest {

    static final String SIGNALS = "/api/v1/schools/T1VO/signals?from=2026-09-01&to=2026-09-30";

    @Autowired WebApplicationContext context;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired AuditEntries entries;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditRetention retention;
    @Autowired TransactionTemplate tx;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_mentor_refused_by_the_signals_api_leaves_an_audit_row() throws Exception {
        data.account("au-mentor", Role.MENTOR, schools.findByBrin("T1VO").orElseThrow());
        mvc.perform(get(SIGNALS).with(httpBasic("au-mentor", TestData.PASSWORD))).andExpect(status().isForbidden());
        assertThat(refusals("au-mentor")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("SignalListService"))
                .satisfies(e -> assertThat(e.role()).isEqualTo(Role.MENTOR));
    }

    @Test
    void an_admin_refused_by_the_signals_api_leaves_an_audit_row() throws Exception {
        data.account("au-admin", Role.ADMIN, null);
        mvc.perform(get(SIGNALS).with(httpBasic("au-admin", TestData.PASSWORD))).andExpect(status().isForbidden());
        assertThat(refusals("au-admin")).hasSize(1);
    }

    @Test
    void a_refused_import_leaves_an_audit_row() throws Exception {
        data.account("au-import", Role.MENTOR, schools.findByBrin("T1VO").orElseThrow());
        mvc.perform(post("/api/v1/imports/registrations").contentType("text/csv").content("x")
                .with(httpBasic("au-import", TestData.PASSWORD))).andExpect(status().isForbidden());
        assertThat(refusals("au-import")).singleElement().satisfies(e -> assertThat(e.detail()).contains("ImportController"));
    }

    @Test
    void an_api_request_without_login_leaves_an_audit_row() throws Exception {
        long before = entries.count();
        mvc.perform(get("/api/v1/schools/T1VO/signals?from=2026-09-01&to=2026-09-02&probe=anonymous"))
                .andExpect(status().isUnauthorized());
        assertThat(entries.findByUsernameOrderByIdAsc(AuditLog.ANONYMOUS)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditLog.REFUSED);
            assertThat(e.detail()).contains("/api/v1/schools/T1VO/signals");
        });
        assertThat(entries.count()).isGreaterThan(before);
    }

    @Test
    void a_login_a_failed_login_and_a_logout_leave_audit_rows_with_the_client_address() throws Exception {
        data.account("au-login", Role.OC, schools.findByBrin("T1VO").orElseThrow());
        mvc.perform(formLogin("/login").user("au-login").password("wrong"));
        var session = (MockHttpSession) mvc.perform(formLogin("/login").user("au-login").password(TestData.PASSWORD))
                .andReturn().getRequest().getSession(false);
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(status().is3xxRedirection());
        List<AuditEntry> rows = entries.findByUsernameOrderByIdAsc("au-login");
        assertThat(rows).extracting(AuditEntry::action)
                .containsExactly(AuditLog.LOGIN_FAILED, AuditLog.LOGIN, AuditLog.LOGOUT);
        assertThat(rows.get(1).clientIp()).isEqualTo("127.0.0.1");
        assertThat(rows.get(1).role()).isEqualTo(Role.OC);
    }

    @Test
    void the_app_role_may_not_update_delete_or_truncate_audit_rows() {
        long id = anyRow();
        // refused by the missing privilege already; V11's trigger stays as the second wall, for the owner
        assertNotPermitted("update audit_log set allowed = true, action = 'X' where id = " + id, "permission denied");
        assertNotPermitted("delete from audit_log where id = " + id, "permission denied");
        assertNotPermitted("truncate audit_log", "permission denied");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void the_app_role_may_not_disable_drop_or_replace_the_append_only_trigger_nor_take_the_table() {
        anyRow();
        assertNotPermitted("alter table audit_log disable trigger audit_log_append_only", "must be owner");
        assertNotPermitted("alter table audit_log disable trigger all", "must be owner");
        assertNotPermitted("drop trigger audit_log_append_only on audit_log", "must be owner");
        assertNotPermitted("drop trigger audit_log_no_truncate on audit_log", "must be owner");
        assertNotPermitted("""
                create or replace function audit_log_append_only() returns trigger language plpgsql as
                $$ begin return old; end; $$""", "must be owner");
        assertNotPermitted("drop function audit_log_append_only() cascade", "must be owner");
        assertNotPermitted("alter table audit_log owner to aanwezig", "must be owner");
        assertNotPermitted("drop table audit_log", "must be owner");
        assertNotPermitted("""
                create or replace function audit_log_purge(purge_before timestamptz) returns bigint language sql as
                $$ select 0::bigint $$""", "must be owner");
        assertNotPermitted("alter function audit_log_purge(timestamptz) owner to aanwezig", "must be owner");
        assertThat(jdbc.queryForList("select tgname from pg_trigger where tgrelid = 'audit_log'::regclass "
                + "and not tgisinternal and tgenabled = 'O' order by tgname", String.class))
                .containsExactly("audit_log_append_only", "audit_log_no_truncate");
        assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'audit_log'", String.class))
                .isEqualTo("aanwezig_audit");
    }

    @Test
    void the_purge_setting_no_longer_lets_the_app_role_delete_old_rows_itself() {
        Instant old = Instant.now().minus(Duration.ofDays(6 * 365));
        jdbc.update("insert into audit_log (at_utc, username, action, allowed) values (?, 'au-self', 'X', true)", Timestamp.from(old));
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            jdbc.queryForObject("select set_config('aanwezig.audit_purge_before', ?, true)", String.class,
                    Instant.now().minus(Duration.ofDays(2 * 365)).toString());
            jdbc.update("delete from audit_log where username = 'au-self'");
        })).isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("permission denied")
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        assertThat(entries.findByUsernameOrderByIdAsc("au-self")).hasSize(1);
    }

    @Test
    void the_purge_function_refuses_a_cut_off_less_than_a_year_back() {
        anyRow();
        assertNotPermitted("select audit_log_purge(now() - interval '364 days')", "at least a year");
        assertThat(entries.findByUsernameOrderByIdAsc("au-row")).isNotEmpty();
    }

    @Test
    void the_purge_deletes_only_rows_older_than_the_retention() {
        Instant old = Instant.now().minus(Duration.ofDays(6 * 365));
        Instant recent = Instant.now().minus(Duration.ofDays(2 * 365));
        jdbc.update("insert into audit_log (at_utc, username, action, allowed) values (?, 'au-old', 'X', true), (?, 'au-recent', 'X', true)",
                Timestamp.from(old), Timestamp.from(recent));
        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);
        assertThat(entries.findByUsernameOrderByIdAsc("au-old")).isEmpty();
        assertThat(entries.findByUsernameOrderByIdAsc("au-recent")).hasSize(1);
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where username = 'au-recent'"))
                .as("outside the purge the old rule holds").isInstanceOf(DataAccessException.class);
    }

    /** Refused by PostgreSQL's privileges: SQLState 42501 insufficient_privilege (also "must be owner"). */
    private void assertNotPermitted(String sql, String message) {
        assertThatThrownBy(() -> jdbc.execute(sql)).as(sql)
                .isInstanceOf(DataAccessException.class)
                .rootCause().isInstanceOf(SQLException.class)
                .hasMessageContaining(message)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql).isEqualTo("42501"));
    }

    private List<AuditEntry> refusals(String username) {
        return entries.findByUsernameOrderByIdAsc(username).stream().filter(e -> !e.allowed())
                .filter(e -> e.action().equals(AuditLog.REFUSED)).toList();
    }

    private long anyRow() {
        jdbc.update("insert into audit_log (at_utc, username, action, allowed) values (now(), 'au-row', 'X', false)");
        return jdbc.queryForObject("select max(id) from audit_log where username = 'au-row'", Long.class);
    }
}
