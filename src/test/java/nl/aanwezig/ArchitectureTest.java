package nl.aanwezig;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

/** The layout of STYLE.md, checked: features free of cycles, Camunda only in workflow, views above services. */
class ArchitectureTest {

    /** The app's classes, with the engine's classes it keeps in Zeebe's own package (not those of Zeebe's jars). */
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("nl.aanwezig", "io.camunda.zeebe.process.test.engine");

    @Test
    void features_have_no_cycles() {
        slices().matching("nl.aanwezig.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void no_package_at_any_level_is_in_a_cycle() {
        // every package its own slice: a feature's sub-packages too, and the engine classes with theirs
        slices().matching("(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void the_engine_classes_in_zeebes_package_are_read_too() {
        assertThat(MAIN.containPackage("io.camunda.zeebe.process.test.engine")).isTrue();
    }

    @Test
    void only_the_workflow_module_knows_camunda() {
        noClasses().that().resideOutsideOfPackages("nl.aanwezig.workflow..", "io.camunda..")
                .should().dependOnClassesThat().resideInAPackage("io.camunda..").check(MAIN);
    }

    @Test
    void nothing_uses_the_deprecated_zeebe_client() {
        // its successor is io.camunda.client (camunda-client-java); zeebe-client-java goes in 8.10. It is still on the
        // class path, for the 8.8 test engine's own classes only
        JavaClasses mainAndTests = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("nl.aanwezig", "io.camunda.zeebe.process.test.engine");
        noClasses().should().dependOnClassesThat().resideInAPackage("io.camunda.zeebe.client..")
                .check(mainAndTests);
    }

    @Test
    void domain_code_does_not_depend_on_views() {
        // configuration wires views in (the login page), and is allowed to
        noClasses().that().resideOutsideOfPackage("..ui..").and().haveSimpleNameNotEndingWith("Config")
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(MAIN);
    }

    @Test
    void views_talk_to_services_never_to_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
                .check(MAIN);
    }

    @Test
    void roles_allowed_is_for_views_only_services_use_pre_authorize() {
        // JSR-250 method security is off: @RolesAllowed on a service would silently protect nothing
        classes().that().areAnnotatedWith(RolesAllowed.class).or().containAnyMethodsThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("annotated with @RolesAllowed",
                                m -> m.isAnnotatedWith(RolesAllowed.class)))
                .should().resideInAPackage("..ui..").check(MAIN);
    }
}
