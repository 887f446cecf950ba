package org.backstep;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** The layers of Backstep, kept one way. See src/site/markdown/architecture.md. */
@AnalyzeClasses(packages = "org.backstep", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("engine").definedBy("org.backstep.engine..")
            .layer("trace").definedBy("org.backstep.trace..")
            .layer("replay").definedBy("org.backstep.replay..")
            .layer("lesson").definedBy("org.backstep.lesson..")
            .layer("cli").definedBy("org.backstep.cli..")
            .layer("ui").definedBy("org.backstep.ui..")
            .layer("app").definedBy("org.backstep.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("lesson").mayOnlyBeAccessedByLayers("cli", "ui", "app")
            .whereLayer("replay").mayOnlyBeAccessedByLayers("lesson", "cli", "ui", "app")
            .whereLayer("trace").mayOnlyBeAccessedByLayers("replay", "lesson", "cli", "ui", "app")
            .whereLayer("engine").mayOnlyBeAccessedByLayers("trace", "replay", "lesson", "cli", "ui", "app")
            .withOptionalLayers(true)
            .because("data flows one way: the engine computes, the log records, the cursor replays, "
                    + "lessons configure, and only the interfaces and the bootstrap sit on top");

    @ArchTest
    static final ArchRule engineUsesOnlyTheJdk = noClasses().that().resideInAPackage("org.backstep.engine..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.backstep.engine..", "java..")
            .because("the network maths is pure Java, testable and portable without any library");

    @ArchTest
    static final ArchRule swingOnlyInUiAndApp = noClasses().that()
            .resideOutsideOfPackages("org.backstep.ui..", "org.backstep.app..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "com.formdev..",
                    "net.miginfocom..", "org.knowm.xchart..", "org.scilab..")
            .because("only the window may touch the toolkit; everything below it runs headless and on any thread");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.backstep.(*)..").should().beFreeOfCycles()
            .because("a cycle between packages would make the layers meaningless");

    /**
     * Each sub-package of the window is a slice of its own, and the window's top package (the
     * frame, its menus and tabs) one more: ui.network may use ui.kit, never the other way round,
     * and no panel package reaches up into the frame's.
     */
    @ArchTest
    static final ArchRule noCyclesInTheWindow = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals("org.backstep.ui")) {
                return SliceIdentifier.of("ui");
            }
            if (name.startsWith("org.backstep.ui.")) {
                return SliceIdentifier.of("ui." + name.substring("org.backstep.ui.".length()).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the window's packages";
        }
    }).should().beFreeOfCycles()
            .because("the window's parts build on shared pieces (kit, theme, session), never on each other in a circle");

    @ArchTest
    static final ArchRule panelsDoNotReachUpIntoTheFrame = noClasses().that().resideInAPackage("org.backstep.ui.*..")
            .should().dependOnClassesThat().resideInAPackage("org.backstep.ui")
            .because("the frame puts the panels together; a panel knows only the shared pieces below it");

    @ArchTest
    static final ArchRule decisionsAreSwingFree = noClasses().that().resideInAPackage("org.backstep.ui.session..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..", "com.formdev..",
                    "net.miginfocom..", "org.knowm.xchart..", "org.scilab..", "org.backstep.ui.kit..")
            .because("what the guide and the training tab decide is tested without a window");

    @ArchTest
    static final ArchRule noJunkDrawer = noClasses().should().resideInAnyPackage("..util..", "..utils..", "..common..",
            "..helpers..").because("every class belongs to the layer whose job it does");
}
