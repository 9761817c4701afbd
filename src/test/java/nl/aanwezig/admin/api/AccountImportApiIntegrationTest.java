package nl.aanwezig.admin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Staff accounts in bulk from CSV: all or nothing, errors by line, generated passwords given once. */
@IntegrationTest
class AccountImportApiIntegrationTest {

    static final String HEADER = "username;naam;rol;school;regio;wachtwoord;organisatie\n";

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        jdbc.update("insert into region (name) values ('SWV Import-API') on conflict (name) do nothing");
    }

    @Test
    void a_line_naming_an_unknown_region_refuses_the_file_with_that_line_and_creates_no_region() throws Exception {
        upload(HEADER + "imp-reg1;Rita Regio;JEUGDARTS;;SWV Import-API;;GGD Regio\n" + "imp-reg2;Ruud Regio;SWV;;SWV Onbekend;;SWV Regio\n",
                "t-admin").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.created").isEmpty())
                .andExpect(jsonPath("$.errors[*].line", Matchers.contains(3)))
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.startsWith(
                        "regio: Regio 'SWV Onbekend' bestaat niet.")));
        assertThat(jdbc.queryForObject("select count(*) from region where name = 'SWV Onbekend'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from staff_account where username like 'imp-reg%'", Long.class))
                .isZero();
    }

    private ResultActions upload(String csv, String user) throws Exception {
        return mvc.perform(post("/api/v1/admin/accounts/import").contentType("text/csv").content(csv)
                .with(httpBasic(user, TestData.PASSWORD)));
    }

    @Test
    void one_bad_line_refuses_the_whole_file_with_the_line_numbers_and_creates_nobody() throws Exception {
        String csv = HEADER
                + "imp-ok;Olga Goed;MENTOR;T1VO;;een heel lang wachtwoord\n"
                + "imp-role;Rick Rol;DIRECTEUR;T1VO;;\n"
                + "\n"
                + "imp-school;Sara School;OC;99ZZ;;kortww\n"
                + "IMP-OK;Olga Dubbel;MENTOR;T1VO;;\n"
                + "t-oc;Bestaat Al;OC;T1VO;;";

        upload(csv, "t-admin").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.created").isEmpty()).andExpect(jsonPath("$.rejected").value(4))
                .andExpect(jsonPath("$.errors[*].line", Matchers.contains(3, 5, 6, 7)))
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.startsWith("rol: 'DIRECTEUR' is geen rol.")))
                .andExpect(jsonPath("$.errors[1].reason").value(Matchers.allOf(
                        Matchers.containsString("school: School 99ZZ is onbekend."),
                        Matchers.containsString("minstens 12 tekens lang"))))
                .andExpect(jsonPath("$.errors[2].reason").value("username: Gebruikersnaam imp-ok staat al op regel 2."))
                .andExpect(jsonPath("$.errors[3].reason").value("username: Er bestaat al een account met gebruikersnaam t-oc."))
                .andExpect(content().string(Matchers.not(Matchers.containsString("kortww"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("een heel lang"))));
        assertThat(jdbc.queryForObject("select count(*) from staff_account where username like 'imp-%'", Long.class)).isZero();
    }

    private ResultActions uploadBytes(byte[] csv) throws Exception {
        return mvc.perform(post("/api/v1/admin/accounts/import").contentType("text/csv").content(csv)
                .with(httpBasic("t-admin", TestData.PASSWORD)));
    }

    @Test
    void a_utf16_file_is_422_in_dutch_on_line_1_and_creates_nobody() throws Exception {
        byte[] utf16 = (HEADER + "imp-u16;Uma Zestien;MENTOR;T1VO;;\n").getBytes(StandardCharsets.UTF_16); // with BOM
        uploadBytes(utf16).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.created").isEmpty()).andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.startsWith("Het bestand is UTF-16-tekst")));
        byte[] withoutBom = (HEADER + "imp-u16;Uma Zestien;MENTOR;T1VO;;\n").getBytes(StandardCharsets.UTF_16LE);
        uploadBytes(withoutBom).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.startsWith("Het bestand is UTF-16-tekst")));
        assertThat(jdbc.queryForObject("select count(*) from staff_account where username = 'imp-u16'", Long.class)).isZero();
    }

    @Test
    void a_latin1_character_is_422_naming_its_line() throws Exception {
        byte[] latin1 = (HEADER + "imp-l1;Anna;MENTOR;T1VO;;\nimp-l2;Chloé Latijn;MENTOR;T1VO;;\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        uploadBytes(latin1).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.startsWith("Het bestand is geen UTF-8-tekst")));
    }

    @Test
    void a_badly_quoted_line_is_422_in_dutch_with_its_line_and_creates_nobody() throws Exception {
        String refusal = "Vanaf deze regel is het bestand geen geldige CSV: een aanhalingsteken (\") wordt niet gesloten";
        upload(HEADER + "imp-q1;Olga Quote;MENTOR;T1VO;;\n" + "imp-q2;\"Olga\" Quote;MENTOR;T1VO;;\n", "t-admin")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.created").isEmpty())
                .andExpect(jsonPath("$.errors[*].line", Matchers.contains(3)))
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.startsWith(refusal)));
        upload(HEADER + "imp-q1;Olga Quote;MENTOR;T1VO;;\n" + "imp-q3;\"Olga Open;MENTOR;T1VO;;\nimp-q4;X;MENTOR;T1VO;;\n",
                "t-admin").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].line", Matchers.contains(3)))
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.startsWith(refusal)));
        upload("username;\"naam;rol\n", "t-admin").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.startsWith(refusal)));
        assertThat(jdbc.queryForObject("select count(*) from staff_account where username like 'imp-q%'", Long.class)).isZero();
    }

    @Test
    void a_valid_file_creates_every_account_and_an_empty_password_is_generated_once() throws Exception {
        String csv = HEADER
                + "imp-mentor;Mees Mentor;mentor;t1vo;;een heel lang wachtwoord\n"
                + "imp-arts;Anna Arts;JEUGDARTS;;SWV Import-API;;GGD Import\n";

        String answer = upload(csv, "t-admin").andExpect(status().isOk())
                .andExpect(jsonPath("$.created[*].username", Matchers.contains("imp-mentor", "imp-arts")))
                .andExpect(jsonPath("$.created[0].oneTimePassword").doesNotExist())
                .andExpect(jsonPath("$.created[1].line").value(3))
                .andReturn().getResponse().getContentAsString();
        String generated = answer.replaceAll(".*\"oneTimePassword\":\"([^\"]+)\".*", "$1");

        mvc.perform(get("/api/v1/admin/accounts").with(httpBasic("imp-arts", generated))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/accounts").with(httpBasic("imp-mentor", "een heel lang wachtwoord")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/accounts").with(httpBasic("t-admin", TestData.PASSWORD)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(generated))));
    }

    @Test
    void a_file_without_the_required_columns_is_refused_on_line_1() throws Exception {
        upload("gebruiker;naam\nx;y\n", "t-admin").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.containsString("username, rol")));
    }

    @Test
    void a_non_admin_may_not_import_accounts() throws Exception {
        upload(HEADER + "imp-x;X;OC;T1VO;;\n", "t-oc").andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from staff_account where username = 'imp-x'", Long.class)).isZero();
    }

    @Test
    void a_file_over_the_limit_is_413() throws Exception {
        upload(HEADER + "x".repeat(1 << 21), "t-admin").andExpect(status().isContentTooLarge());
    }
}
