package fi.palvelupiste.kiosk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.WebComponentExporter;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

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
    void step_components_know_no_service_repository_or_spring() {
        noClasses().that().resideInAPackage("fi.palvelupiste.kiosk.kiosk.ui.step..")
                .should().dependOnClassesThat().areAnnotatedWith(Service.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .orShould().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void flows_are_plain_classes_without_vaadin_or_spring() {
        noClasses().that().haveSimpleNameEndingWith("Flow").or().haveSimpleNameEndingWith("Flow$Step")
                .or().resideInAPackage("fi.palvelupiste.kiosk.resident..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..")
                .check(classes);
    }

    @Test
    void residents_values_depend_on_no_feature() {
        classes().that().resideInAPackage("fi.palvelupiste.kiosk.resident..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("fi.palvelupiste.kiosk.resident..", "java..",
                        "org.jspecify..")
                .check(classes);
    }

    /** Shared screen parts live in the two shells: kiosk.ui (resident screens) and staff.ui (staff pages). */
    @Test
    void no_feature_imports_another_features_ui() {
        classes().that().resideInAPackage("fi.palvelupiste.kiosk.(*)..")
                .should(new ArchCondition<>("use no other feature's ui package than the shells kiosk.ui and staff.ui") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String own = feature(item.getPackageName());
                        for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getPackageName();
                            String other = feature(target);
                            boolean ui = target.startsWith("fi.palvelupiste.kiosk." + other + ".ui");
                            if (ui && !other.equals(own) && !other.equals("kiosk") && !other.equals("staff")) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .check(classes);
    }

    private static String feature(String packageName) {
        String rest = packageName.startsWith("fi.palvelupiste.kiosk.")
                ? packageName.substring("fi.palvelupiste.kiosk.".length()) : "";
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @Test
    void vaadin_components_are_used_only_in_ui_packages() {
        noClasses().that().resideOutsideOfPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .check(classes);
    }

    /** Vaadin finds these at start only in the packages KioskApplication names (@EnableVaadin). */
    @Test
    void types_vaadin_looks_for_at_start_live_where_it_looks() {
        classes().that().areAnnotatedWith(Route.class).or().areAnnotatedWith(RouteAlias.class)
                .or().areAnnotatedWith(Layout.class).or().areAnnotatedWith(Push.class)
                .or().areAssignableTo(HasErrorParameter.class).or().areAssignableTo(AppShellConfigurator.class)
                .or().areAssignableTo(WebComponentExporter.class).or().areAssignableTo(RouterLayout.class)
                .should().resideInAPackage(KioskApplication.VAADIN_PACKAGES + "..")
                .check(classes);
    }
}
