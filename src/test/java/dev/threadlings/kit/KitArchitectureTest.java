package dev.threadlings.kit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kit's packages ({@code dev.threadlings.kit.*}) serve every exercise and name none: no dependency on an
 * exercise's package, and no exercise id, package or class name in their sources. An exercise's contracts and
 * messages live in the kit under the exercise's own package.
 */
class KitArchitectureTest {

    /** The kit module's folder is the tree's {@code src/}. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static final Path KIT_SOURCES = ROOT.resolve("src/main/java/dev/threadlings/kit");

    @Test
    void the_kit_depends_on_no_exercise() {
        // The rule reads package names only: the classes the kit uses need not be read from the class path too
        JavaClasses kit = ArchConfiguration.withThreadLocalScope(config -> {
            config.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("dev.threadlings.kit");
        });
        assertThat(kit.size()).as("the kit's classes").isGreaterThan(20);

        noClasses().that().resideInAPackage("dev.threadlings.kit..")
                .should().dependOnClassesThat(resideInAPackage("dev.threadlings..")
                        .and(not(resideInAPackage("dev.threadlings.kit.."))))
                .because("the kit serves every exercise: what belongs to one lives in that exercise's package")
                .check(kit);
    }

    @Test
    void the_kits_sources_name_no_exercise() throws IOException {
        Set<String> names = exerciseNames();
        assertThat(names).as("names read from the manifests").contains("01-downloads", "SiteDownloader");

        java.util.Map<String, Pattern> words = new java.util.TreeMap<>();
        names.forEach(name -> words.put(name, Pattern.compile("(?<![\\w.-])" + Pattern.quote(name) + "(?![\\w-])")));
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(KIT_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    for (String name : names) {
                        Matcher word = words.get(name).matcher(lines.get(i));
                        if (word.find()) {
                            found.add(ROOT.relativize(file) + ":" + (i + 1) + " names " + name);
                        }
                    }
                }
            }
        }

        assertThat(found).as("exercise names in the kit's own packages; say it without the exercise, or move it"
                + " to the exercise's package").isEmpty();
    }

    /** Every exercise's id, package, contracts and task classes, from the manifests. */
    private static Set<String> exerciseNames() throws IOException {
        Set<String> names = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> folders = Files.list(ROOT.resolve("exercises"))) {
            for (Path manifest : folders.map(f -> f.resolve("exercise.json")).filter(Files::isRegularFile).toList()) {
                JsonNode exercise = json.readTree(manifest.toFile());
                names.add(exercise.get("id").asText());
                names.add(exercise.get("package").asText());
                exercise.get("contracts").forEach(c -> names.add(c.asText()));
                exercise.get("tasks").forEach(t -> t.get("classes").forEach(c -> names.add(c.get("name").asText())));
            }
        }
        return names;
    }
}
