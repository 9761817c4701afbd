package nl.aanwezig.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    static final PupilAccess PUPIL = new PupilAccess(7, 1, "jansen", Set.of("leerplicht1"));

    static CurrentUser user(String name, Role role, Long school) {
        return new CurrentUser(name, name, role, school);
    }

    @Test
    void the_mentor_opens_own_pupils_only() {
        assertThat(AccessPolicy.mayOpen(user("jansen", Role.MENTOR, 1L), PUPIL)).isTrue();
        assertThat(AccessPolicy.mayOpen(user("pietersen", Role.MENTOR, 1L), PUPIL)).isFalse();
    }

    @Test
    void a_mentor_with_the_same_name_at_another_school_is_refused() {
        assertThat(AccessPolicy.mayOpen(user("jansen", Role.MENTOR, 2L), PUPIL)).isFalse();
    }

    @Test
    void the_oc_opens_the_own_school_and_never_another() {
        assertThat(AccessPolicy.mayOpen(user("oc", Role.OC, 1L), PUPIL)).isTrue();
        assertThat(AccessPolicy.mayOpen(user("oc", Role.OC, 2L), PUPIL)).isFalse();
        assertThat(AccessPolicy.mayOpen(user("oc", Role.OC, null), PUPIL)).isFalse();
    }

    @Test
    void chain_partners_open_only_cases_they_joined() {
        assertThat(AccessPolicy.mayOpen(user("leerplicht1", Role.LEERPLICHT, null), PUPIL)).isTrue();
        assertThat(AccessPolicy.mayOpen(user("leerplicht2", Role.LEERPLICHT, null), PUPIL)).isFalse();
        assertThat(AccessPolicy.mayOpen(user("arts", Role.JEUGDARTS, null), PUPIL)).isFalse();
        assertThat(AccessPolicy.mayOpen(user("swv", Role.SWV, null), PUPIL)).isFalse();
    }

    @Test
    void the_admin_and_the_system_user_never_read_dossiers() {
        assertThat(AccessPolicy.mayOpen(user("admin", Role.ADMIN, 1L), PUPIL)).isFalse();
        assertThat(AccessPolicy.mayOpen(CurrentUser.SYSTEM, PUPIL)).isFalse();
    }
}
