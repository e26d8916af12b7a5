package fi.palvelupiste.kiosk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The architecture of DESIGN.md, checked: a plain hardware library, feature slices, views apart from storage. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.palvelupiste");
    }

    @Test
    void hardware_knows_nothing_of_spring_vaadin_or_the_app() {
        noClasses().that().resideInAPackage("fi.palvelupiste.hardware..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "fi.palvelupiste.kiosk..", "jakarta..")
                .check(classes);
    }

    @Test
    void feature_packages_do_not_depend_on_each_other_in_cycles() {
        slices().matching("fi.palvelupiste.kiosk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void views_live_in_a_features_ui_package() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("fi.palvelupiste.kiosk.*.ui")
                .check(classes);
    }

    @Test
    void views_do_not_use_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .check(classes);
    }

    @Test
    void repositories_stay_inside_their_feature_behind_its_service() {
        classes().that().areAnnotatedWith(Repository.class).should().notBePublic().check(classes);
    }

    @Test
    void vaadin_components_are_used_only_in_ui_packages() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveSimpleName("KioskApplication")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(classes);
    }
}
