package ph.brainbytes.frontend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

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

    @Test
    void controllersStayInsideTheirFeature() {
        // Package-private, as petclinic does: a page handler is no API for other features.
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(ControllerAdvice.class)
                .should()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void theWebAppKeepsNoDatabase() {
        // Everything the user owns lives in the backend; the frontend holds only the session.
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "jakarta.persistence..", "org.springframework.jdbc..")
                .check(CLASSES);
    }

    @Test
    void dependenciesAreInjectedThroughConstructors() {
        noFields().should().beAnnotatedWith(Autowired.class).check(CLASSES);
    }
}
