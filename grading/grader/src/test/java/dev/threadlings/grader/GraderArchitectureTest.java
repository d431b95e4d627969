package dev.threadlings.grader;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import dev.threadlings.kit.manifest.Manifest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grader's layers, as rules: what each package may use. */
class GraderArchitectureTest {


    /** The rules read package names only: the classes the grader uses need not be read from the class path too. */
    private static final JavaClasses GRADER = ArchConfiguration.withThreadLocalScope(config -> {
        config.setResolveMissingDependenciesFromClassPath(false);
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.threadlings.grader");
    });

    @Test
    void the_grader_never_uses_the_hidden_tests_or_an_exercise() throws IOException {
        assertThat(GRADER.size()).isGreaterThan(50);
        List<String> packages = new ArrayList<>(List.of("dev.threadlings.hidden.."));
        Manifest.allIn(Repo.ROOT).forEach(m -> packages.add(m.javaPackage() + ".."));
        assertThat(packages).as("the exercises' packages, from their manifests").hasSizeGreaterThan(1);

        noClasses().that().resideInAPackage("dev.threadlings.grader..")
                .should().dependOnClassesThat().resideInAnyPackage(packages.toArray(String[]::new))
                .because("the grader runs the hidden tests in a test JVM of their own and knows exercises only"
                        + " from their manifests")
                .check(GRADER);
    }

    /** The score model is the score package and the plan (the tests it scores, {@code plan.Status}: how each ended). */
    @Test
    void the_reports_depend_on_the_score_model_only() {
        noClasses().that().resideInAPackage("dev.threadlings.grader.report..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.threadlings.grader.grade..",
                        "dev.threadlings.grader.testjvm..", "dev.threadlings.grader.process..",
                        "dev.threadlings.grader.cohort..", "dev.threadlings.grader.compile..",
                        "dev.threadlings.grader.cli..", "dev.threadlings.grader.handout..",
                        "dev.threadlings.grader.consistency..")
                .because("a report is written from a GradingReport, whoever made it")
                .check(GRADER);
    }

    @Test
    void code_that_runs_in_the_test_jvm_uses_only_the_plan_and_json_of_the_grader() {
        noClasses().that().resideInAPackage("dev.threadlings.grader.testjvm..")
                .should().dependOnClassesThat(resideInAPackage("dev.threadlings.grader..").and(not(
                        resideInAnyPackage("dev.threadlings.grader.testjvm..", "dev.threadlings.grader.plan..",
                                "dev.threadlings.grader.json.."))))
                .because("the test JVM runs learner code; it talks to the grader only through its results file")
                .check(GRADER);
    }

    @Test
    void the_graders_packages_have_no_cycles() {
        SlicesRuleDefinition.slices().matching("dev.threadlings.grader.(*)..").should().beFreeOfCycles()
                .check(GRADER);
    }
}
