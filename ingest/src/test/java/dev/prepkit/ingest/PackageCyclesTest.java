package dev.prepkit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The ingest module's packages depend on each other one way: no package takes part in a cycle. */
class PackageCyclesTest {

    private static final String ROOT = "dev.prepkit.ingest";

    @Test
    void noPackageOfIngestIsInADependencyCycle() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        Map<String, Set<String>> graph = new TreeMap<>();
        for (JavaClass c : classes) {
            Set<String> out = graph.computeIfAbsent(c.getPackageName(), k -> new TreeSet<>());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getPackageName();
                if (target.startsWith(ROOT) && !target.equals(c.getPackageName())) {
                    out.add(target);
                }
            }
        }
        assertThat(graph.keySet()).contains(ROOT, ROOT + ".draft", ROOT + ".interpret", ROOT + ".read");
        assertThat(cycles(graph)).isEmpty();
    }

    /** Every package from which a path leads back to itself, with that path. */
    private static List<String> cycles(Map<String, Set<String>> graph) {
        List<String> found = new ArrayList<>();
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            if (reaches(graph, start, start, path, new TreeSet<>())) {
                found.add(start + " -> " + String.join(" -> ", path));
            }
        }
        return found;
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String goal, List<String> path,
            Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            path.add(next);
            if (next.equals(goal) || seen.add(next) && reaches(graph, next, goal, path, seen)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }
}
