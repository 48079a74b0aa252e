package ph.brainbytes.backend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTest {

    private static final JavaClasses BACKEND = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("ph.brainbytes.backend");

    @Test
    void featuresDoNotDependOnEachOtherInCircles() {
        slices().matching("ph.brainbytes.backend.(*)..")
                .should()
                .beFreeOfCycles()
                .check(BACKEND);
    }

    @Test
    void controllersOnlyUseTheirOwnFeaturesRepositories() {
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should(new ArchCondition<JavaClass>("use no other feature's repository") {
                    @Override
                    public void check(JavaClass controller, ConditionEvents events) {
                        controller.getDirectDependenciesFromSelf().stream()
                                .map(dependency -> dependency.getTargetClass())
                                .filter(target -> target.isAssignableTo(Repository.class))
                                .filter(target -> !target.getPackageName().equals(controller.getPackageName()))
                                .forEach(target -> events.add(SimpleConditionEvent.violated(
                                        controller, controller.getName() + " uses " + target.getName())));
                    }
                })
                .check(BACKEND);
    }

    @Test
    void controllersNeverReturnEntities() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(RestController.class)
                .should(new ArchCondition<JavaMethod>("not return a JPA entity") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        method.getReturnType().getAllInvolvedRawTypes().stream()
                                .filter(type -> type.isAnnotatedWith(Entity.class))
                                .forEach(entity -> events.add(SimpleConditionEvent.violated(
                                        method, method.getFullName() + " returns " + entity.getName())));
                    }
                })
                .check(BACKEND);
    }
}
