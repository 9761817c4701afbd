package nl.aanwezig.admin.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Schools, regions and accounts through the administration API, over HTTP Basic and the real filter chain. */
@IntegrationTest
class AdminApiIntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        // regions are made by the admin before a school or account names one
        // PO and VO have separate samenwerkingsverbanden (issue #21): a PO school goes in a PO region
        for (String region : new String[] {"SWV Admin-API", "SWV Accounts-API", "SWV Admin-API PO"}) {
            jdbc.update("insert into region (name) values (?) on conflict (name) do nothing", region);
        }
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               String json, String user) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json)
                .with(httpBasic(user, TestData.PASSWORD)));
    }

    private ResultActions asAdmin(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                                  String json) throws Exception {
        return send(request, json, "t-admin");
    }

    @Test
    void a_new_school_is_201_the_same_again_200_and_another_under_its_brin_409() throws Exception {
        String school = """
                {"brin":"91aa","name":"Het Baken","sector":"VO","region":"SWV Admin-API","municipality":"Apigem"}""";
        asAdmin(post("/api/v1/admin/schools"), school).andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/admin/schools/91AA"))
                .andExpect(jsonPath("$.brin").value("91AA")).andExpect(jsonPath("$.region").value("SWV Admin-API"))
                .andExpect(jsonPath("$.municipality").value("Apigem"));
        asAdmin(post("/api/v1/admin/schools"), school).andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Het Baken"));
        asAdmin(post("/api/v1/admin/schools"), school.replace("Het Baken", "De Vuurtoren"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409)).andExpect(jsonPath("$.errors[0].field").value("brin"));

        asAdmin(get("/api/v1/admin/schools"), "").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.brin == '91AA')].name").value("Het Baken"));
        asAdmin(get("/api/v1/admin/regions"), "").andExpect(jsonPath("$[*].name", Matchers.hasItem("SWV Admin-API")));
        asAdmin(get("/api/v1/admin/municipalities"), "").andExpect(jsonPath("$[*].name", Matchers.hasItem("Apigem")));
        assertThat(audited("t-admin", "ADMIN_SCHOOL_CREATE", "brin=91AA")).isEqualTo(1);
    }

    @Test
    void a_school_without_name_sector_or_valid_brin_is_422_naming_each_field() throws Exception {
        asAdmin(post("/api/v1/admin/schools"), """
                {"brin":"not a brin","name":" ","sector":"HBO","region":"SWV Admin-API"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("brin", "name", "sector")));
        asAdmin(get("/api/v1/admin/schools/NOTBRIN"), "").andExpect(status().isNotFound());
    }

    @Test
    void a_school_or_account_in_an_unknown_region_is_422_naming_it_and_creates_no_region() throws Exception {
        asAdmin(post("/api/v1/admin/schools"), """
                {"brin":"91AR","name":"Het Getypte College","sector":"VO","region":"SWV Tikfout"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("region"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith(
                        "Regio 'SWV Tikfout' bestaat niet. Kies een bestaande regio, of maak de regio eerst aan")));
        asAdmin(get("/api/v1/admin/schools/91AR"), "").andExpect(status().isNotFound());

        asAdmin(post("/api/v1/admin/schools"), """
                {"brin":"91AS","name":"Het Echte College","sector":"VO","region":"SWV Admin-API"}""")
                .andExpect(status().isCreated());
        asAdmin(put("/api/v1/admin/schools/91AS"), """
                {"name":"Het Echte College","sector":"VO","region":"SWV Tikfout"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("Regio 'SWV Tikfout' bestaat niet.")));
        asAdmin(get("/api/v1/admin/schools/91AS"), "").andExpect(jsonPath("$.region").value("SWV Admin-API"));

        asAdmin(post("/api/v1/admin/accounts"), """
                {"username":"adm-tik","displayName":"Tim Tikfout","role":"SWV","region":"SWV Tikfout"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'region')].message",
                        Matchers.hasItem(Matchers.startsWith("Regio 'SWV Tikfout' bestaat niet."))));
        asAdmin(get("/api/v1/admin/accounts/adm-tik"), "").andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from region where name = 'SWV Tikfout'", Long.class)).isZero();
    }

    @Test
    void the_school_decides_whether_the_family_sees_staff_names_and_a_correction_without_it_keeps_it() throws Exception {
        asAdmin(post("/api/v1/admin/schools"), """
                {"brin":"91FN","name":"Namen College","sector":"VO","region":"SWV Admin-API"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.familySeesStaffNames").value(false));
        asAdmin(put("/api/v1/admin/schools/91FN"), """
                {"name":"Namen College","sector":"VO","region":"SWV Admin-API","familySeesStaffNames":true}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.familySeesStaffNames").value(true));
        asAdmin(put("/api/v1/admin/schools/91FN"), """
                {"name":"Het Namen College","sector":"VO","region":"SWV Admin-API"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.familySeesStaffNames").value(true));
        assertThat(jdbc.queryForObject("select family_sees_staff_names from school where brin = '91FN'", Boolean.class))
                .isTrue();
    }

    @Test
    void regions_and_municipalities_are_201_when_new_and_200_when_known() throws Exception {
        asAdmin(post("/api/v1/admin/regions"), "{\"name\":\"SWV Regio-API\"}").andExpect(status().isCreated());
        asAdmin(post("/api/v1/admin/regions"), "{\"name\":\"SWV Regio-API\"}").andExpect(status().isOk());
        asAdmin(post("/api/v1/admin/municipalities"), "{\"name\":\"Gemeente-API\"}").andExpect(status().isCreated());
        asAdmin(post("/api/v1/admin/municipalities"), "{\"name\":\"\"}").andExpect(status().isUnprocessableContent());
    }

    @Test
    void an_account_is_201_once_and_409_when_the_username_exists_and_no_answer_holds_a_password() throws Exception {
        String account = """
                {"username":"Adm-Oc","displayName":"Anne OC","role":"OC","school":"T1VO","password":"lang genoeg wachtwoord"}""";
        asAdmin(post("/api/v1/admin/accounts"), account).andExpect(status().isCreated())
                .andExpect(jsonPath("$.account.username").value("adm-oc")).andExpect(jsonPath("$.account.school").value("T1VO"))
                .andExpect(jsonPath("$.oneTimePassword").doesNotExist())
                .andExpect(content().string(Matchers.not(Matchers.containsString("lang genoeg"))));
        asAdmin(post("/api/v1/admin/accounts"), account).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("username"));

        String list = asAdmin(get("/api/v1/admin/accounts"), "").andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.username == 'adm-oc')].role").value("OC"))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).doesNotContain("{bcrypt}").doesNotContain("{noop}").doesNotContainIgnoringCase("hash");
        mvc.perform(get("/api/v1/admin/accounts/adm-oc").with(httpBasic("adm-oc", "lang genoeg wachtwoord")))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_account_without_password_gets_a_one_time_password_that_logs_in() throws Exception {
        String answer = asAdmin(post("/api/v1/admin/accounts"), """
                {"username":"adm-lp","displayName":"Leo Leerplicht","role":"LEERPLICHT","region":"SWV Accounts-API",
                 "organisation":"Gemeente Apigem, afdeling leerplicht"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.account.region").value("SWV Accounts-API"))
                .andExpect(jsonPath("$.account.organisation").value("Gemeente Apigem, afdeling leerplicht"))
                .andReturn().getResponse().getContentAsString();
        String password = answer.replaceAll(".*\"oneTimePassword\":\"([^\"]+)\".*", "$1");
        assertThat(password).hasSize(16);
        mvc.perform(get("/api/v1/admin/accounts").with(httpBasic("adm-lp", password))).andExpect(status().isForbidden());
    }

    @Test
    void a_partner_account_without_its_real_organisation_is_422_for_that_field_and_nothing_is_saved() throws Exception {
        asAdmin(post("/api/v1/admin/accounts"), """
                {"username":"hj-adm-arts","displayName":"Ada Arts","role":"JEUGDARTS"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organisation"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("Vul de organisatie in")));
        asAdmin(get("/api/v1/admin/accounts/hj-adm-arts"), "").andExpect(status().isNotFound());
    }

    @Test
    void a_nul_or_a_line_break_in_a_name_is_422_for_that_field_not_a_database_error() throws Exception {
        asAdmin(post("/api/v1/admin/accounts"), """
                {"username":"adm-nul","displayName":"Nul\\u0000Naam","role":"SWV"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("displayName"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("Bevat een stuurteken")));
        asAdmin(post("/api/v1/admin/schools"), """
                {"brin":"92AZ","name":"School\\nmet regeleinde","sector":"VO"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("name")));
        asAdmin(get("/api/v1/admin/accounts/adm-nul"), "").andExpect(status().isNotFound());
    }

    @Test
    void a_bad_role_an_unknown_school_and_a_weak_password_are_422_without_echoing_the_password() throws Exception {
        asAdmin(post("/api/v1/admin/accounts"), """
                {"username":"adm-bad","displayName":"X","role":"DIRECTEUR","school":"T1VO","password":"geheim"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("role", "password")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("geheim"))));
        asAdmin(post("/api/v1/admin/accounts"), """
                {"username":"adm-bad","displayName":"X","role":"MENTOR","school":"99ZZ","password":"adm-bad"}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("school", "password", "password")))
                .andExpect(jsonPath("$.errors[?(@.field == 'school')].message").value("School 99ZZ is onbekend. Maak de school eerst aan."));
        asAdmin(get("/api/v1/admin/accounts/adm-bad"), "").andExpect(status().isNotFound());
    }

    @Test
    void a_password_over_bcrypts_72_bytes_is_422_with_the_dutch_policy_message_on_create_and_reset() throws Exception {
        String tooLong = "paars konijn fietst traag door de lange donkere natte straat bij het dorp"; // 73 bytes
        String refusal = "Het nieuwe wachtwoord is te lang: hoogstens 72 bytes";
        asAdmin(post("/api/v1/admin/accounts"), """
                {"username":"adm-long","displayName":"Lange Lies","role":"MENTOR","school":"T1VO","password":"%s"}"""
                .formatted(tooLong)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].message", Matchers.hasItem(Matchers.startsWith(refusal))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("konijn"))));
        asAdmin(get("/api/v1/admin/accounts/adm-long"), "").andExpect(status().isNotFound());

        asAdmin(post("/api/v1/admin/accounts"), """
                {"username":"adm-long2","displayName":"Lange Lies","role":"MENTOR","school":"T1VO"}""")
                .andExpect(status().isCreated());
        asAdmin(post("/api/v1/admin/accounts/adm-long2/password"), "{\"password\":\"%s\"}".formatted(tooLong))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].message", Matchers.hasItem(Matchers.startsWith(refusal))));
    }

    @Test
    void a_non_admin_is_refused_403_as_problem_detail_and_the_refusal_is_audited() throws Exception {
        // refused by the administration API's address, before the body is read
        long before = audited("t-oc", "REFUSED", "POST /api/v1/admin/schools");
        send(post("/api/v1/admin/schools"), "{\"brin\":\"91AZ\",\"name\":\"X\",\"sector\":\"VO\",\"region\":\"R\"}", "t-oc")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        send(get("/api/v1/admin/accounts"), "", "t-mentor").andExpect(status().isForbidden());
        assertThat(audited("t-oc", "REFUSED", "POST /api/v1/admin/schools")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from school where brin = '91AZ'", Long.class)).isZero();
    }

    @Test
    void a_disabled_account_cannot_log_in_until_it_is_enabled_again() throws Exception {
        asAdmin(post("/api/v1/admin/accounts"), """
                {"username":"adm-off","displayName":"Uit","role":"SWV","password":"lang genoeg wachtwoord",
                 "organisation":"Samenwerkingsverband Apigem"}""")
                .andExpect(status().isCreated());
        asAdmin(post("/api/v1/admin/accounts/adm-off/disable"), "").andExpect(jsonPath("$.enabled").value(false));

        mvc.perform(get("/api/v1/admin/accounts").with(httpBasic("adm-off", "lang genoeg wachtwoord")))
                .andExpect(status().isUnauthorized());
        asAdmin(post("/api/v1/admin/accounts/adm-off/enable"), "").andExpect(jsonPath("$.enabled").value(true));
        mvc.perform(get("/api/v1/admin/accounts").with(httpBasic("adm-off", "lang genoeg wachtwoord")))
                .andExpect(status().isForbidden());
        assertThat(audited("t-admin", "ADMIN_ACCOUNT_DISABLE", "adm-off")).isEqualTo(1);
    }

    @Test
    void classes_partners_sat_members_and_calendar_are_kept_per_school() throws Exception {
        asAdmin(post("/api/v1/admin/schools"), """
                {"brin":"91AB","name":"De Ketting","sector":"PO","region":"SWV Admin-API PO"}""").andExpect(status().isCreated());
        asAdmin(post("/api/v1/admin/schools/91AB/classes"), "{\"name\":\"groep 5\"}").andExpect(status().isCreated());
        asAdmin(post("/api/v1/admin/schools/91AB/classes"), "{\"name\":\"groep 5\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$[0]").value("groep 5"));
        asAdmin(put("/api/v1/admin/schools/91AB/partners"), """
                [{"username":"t-leerplicht","role":"LEERPLICHT"},{"username":"t-jeugdarts","role":"JEUGDARTS"}]""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2));
        asAdmin(put("/api/v1/admin/schools/91AB/partners"), "[{\"username\":\"t-swv\",\"role\":\"JEUGDARTS\"}]")
                .andExpect(status().isUnprocessableContent());
        asAdmin(get("/api/v1/admin/schools/91AB/partners"), "").andExpect(jsonPath("$.length()").value(2));
        asAdmin(put("/api/v1/admin/schools/91AB/sat-members"), "[\"t-mentor\"]")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("t-mentor is geen mentor of OC van school 91AB en kan niet in haar SAT."));
        asAdmin(put("/api/v1/admin/schools/91AB/calendar"), """
                {"holidays":[{"name":"Herfstvakantie","from":"2026-10-17","to":"2026-10-25"}],
                 "studyDays":[{"name":"Studiedag team","date":"2026-11-09"}]}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.holidays[0].to").value("2026-10-25"))
                .andExpect(jsonPath("$.studyDays[0].date").value("2026-11-09"));
        asAdmin(put("/api/v1/admin/schools/91AB/calendar"), """
                {"holidays":[{"name":"Kerst","from":"2026-12-19","to":"2026-12-01"}]}""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Kerst: de laatste dag ligt voor de eerste."));
        asAdmin(get("/api/v1/admin/schools/91AB/calendar"), "").andExpect(jsonPath("$.holidays.length()").value(1));
    }

    @Test
    void the_openapi_document_describes_the_administration() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/admin/schools'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/admin/accounts/import'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/admin/schools/{brin}/calendar'].put").exists());
    }

    private long audited(String username, String action, String detailPart) {
        return jdbc.queryForObject("select count(*) from audit_log where username = ? and action = ? and detail like ?",
                Long.class, username, action, "%" + detailPart + "%");
    }
}
