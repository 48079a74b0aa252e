package ph.brainbytes.ai;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RestController;

/** Each library stays behind the one feature that owns it, and features do not depend in circles. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ph.brainbytes.ai");

    @Test
    void onlyTheMathFeatureTouchesTheAlgebraSystem() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..math..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.matheclipse..")
                .check(CLASSES);
    }

    @Test
    void onlyTheLanguageFeatureTouchesTheLanguageDetector() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..language..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.github.pemistahl..")
                .check(CLASSES);
    }

    @Test
    void onlyRetrievalTouchesLucene() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..retrieval..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .check(CLASSES);
    }

    @Test
    void theOnlyEndpointsAreTheTutors() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .resideInAPackage("..tutor..")
                .andShould()
                .notBePublic()
                .check(CLASSES);
    }

    @Test
    void onlyTheLlmFeatureTouchesSpringAi() {
        // Provider types stay behind the llm feature, so the offline engine and the tutor endpoint
        // never depend on a model client, and switching providers touches one package.
        noClasses()
                .that()
                .resideOutsideOfPackage("..llm..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.ai..")
                .check(CLASSES);
    }

    @Test
    void theTutorEngineKeepsNoDatabase() {
        // The ai-service is stateless: the backend is the system of record.
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

    @Test
    void featuresHaveNoCycles() {
        slices().matching("ph.brainbytes.ai.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
