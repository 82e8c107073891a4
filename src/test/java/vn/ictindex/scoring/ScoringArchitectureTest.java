package vn.ictindex.scoring;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.InstantSource;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The engine is plain Java and a pure function (ARCHITECTURE.md §3): it depends on nothing but the JDK and EvalEx, it
 * never touches files, databases or the network, and nothing in it reads the clock, the environment or a random
 * source, so the same inputs give the same result on any machine, forever.
 */
@AnalyzeClasses(packages = "vn.ictindex.scoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ScoringArchitectureTest {

    private static final String SCORING = "vn.ictindex.scoring..";

    @ArchTest
    static final ArchRule scoringDependsOnlyOnTheJdkAndEvalEx = classes()
            .that().resideInAPackage(SCORING)
            .should().onlyDependOnClassesThat().resideInAnyPackage(SCORING, "java..", "com.ezylang.evalex..")
            .because("the engine is plain Java 17 with the EvalEx formula evaluator and nothing else");

    @ArchTest
    static final ArchRule scoringUsesNoSpringJdbcFilesOrNetwork = noClasses()
            .that().resideInAPackage(SCORING)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                    "java.io..", "java.nio..", "java.net..", "java.lang.reflect..")
            .because("scoring is a pure function of the appendix and the units' inputs");

    @ArchTest
    static final ArchRule scoringNeverReadsTheClock = noClasses()
            .that().resideInAPackage(SCORING)
            .should().callMethodWhere(readsTheClock())
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
            .orShould().dependOnClassesThat().areAssignableTo(InstantSource.class)
            .because("the same inputs must give the same result tomorrow");

    @ArchTest
    static final ArchRule scoringNeverUsesRandomness = noClasses()
            .that().resideInAPackage(SCORING)
            .should().dependOnClassesThat().areAssignableTo(Random.class)
            .orShould().dependOnClassesThat().areAssignableTo(SecureRandom.class)
            .orShould().dependOnClassesThat().areAssignableTo(ThreadLocalRandom.class)
            .orShould().callMethod(Math.class, "random")
            .orShould().callMethod(UUID.class, "randomUUID")
            .because("the same inputs must give the same result on every run");

    @ArchTest
    static final ArchRule scoringNeverReadsTheEnvironment = noClasses()
            .that().resideInAPackage(SCORING)
            .should().callMethod(System.class, "getenv")
            .orShould().callMethod(System.class, "getenv", String.class)
            .orShould().callMethod(System.class, "getProperty", String.class)
            .orShould().callMethod(System.class, "getProperty", String.class, String.class)
            .because("the same inputs must give the same result on every machine");

    /** Any {@code now(…)} of java.time: LocalDate.now(), Instant.now(), LocalDateTime.now(clock)… */
    private static DescribedPredicate<JavaMethodCall> readsTheClock() {
        return DescribedPredicate.describe("a java.time now() method",
                call -> call.getName().equals("now") && call.getTargetOwner().getPackageName().equals("java.time"));
    }
}
