package ph.brainbytes.frontend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package-by-feature rules that keep the frontend easy to change. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ph.brainbytes.frontend");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("ph.brainbytes.frontend.(*)..")
                .should()
                .beFreeOfCycles()
                .check(CLASSES);
    }

    @Test
    void onlyTheBackendClientTalksHttpToTheBackend() {
        noClasses()
                .that()
                .resideOutsideOfPackage("ph.brainbytes.frontend.backend..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web.client..", "org.springframework.http.client..")
                .check(CLASSES);
    }
}
