package dev.plandoc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The architecture of the library modules, checked on their compiled classes (main code only).
 *
 * <p>Each module owns one package root below {@code dev.plandoc}: {@code model}, {@code markdown},
 * {@code json}, … A module's {@code internal} packages are its own business. Every rule must match
 * some classes: ArchUnit's default {@code archRule.failOnEmptyShould=true} is kept, so a rule that
 * silently checks nothing (a renamed package, a module missing from the class path) fails.
 */
@AnalyzeClasses(packages = "dev.plandoc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The libraries that read and write formats, and the CLI's: none belongs in the model. */
  private static final String[] FORMAT_LIBRARIES = {
    "org.commonmark..", "tools.jackson..", "com.fasterxml..", "org.snakeyaml..", "picocli.."
  };

  private static final Pattern INTERNAL = Pattern.compile("(^|.*\\.)internal(\\..*|$)");

  @ArchTest
  static final ArchRule modelDependsOnNoFormatLibrary =
      noClasses()
          .that()
          .resideInAPackage("dev.plandoc.model..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(FORMAT_LIBRARIES)
          .because("the model knows nothing of formats (DESIGN.md, Principles)");

  @ArchTest
  static final ArchRule modelDependsOnlyOnItselfAndTheJdk =
      classes()
          .that()
          .resideInAPackage("dev.plandoc.model..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "dev.plandoc.model..",
              "java..",
              // compile-only annotations, not needed at run time
              "org.jspecify.annotations..",
              "org.immutables.value..")
          .because("plan-model has no runtime dependency and uses no other plandoc module");

  @ArchTest
  static final ArchRule theModelKnowsNothingOfDiffs =
      noClasses()
          .that()
          .resideInAPackage("dev.plandoc.model..")
          .and()
          .resideOutsideOfPackages("dev.plandoc.model.diff..", "dev.plandoc.model.internal.diff..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.plandoc.model.diff..", "dev.plandoc.model.internal.diff..")
          .because("a diff is built on the model; the records, readers and rules do not need it");

  @ArchTest
  static final ArchRule theOpenApiFormatNeedsOnlyTheModel =
      noClasses()
          .that()
          .resideInAPackage("dev.plandoc.openapi..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.plandoc.markdown..", "dev.plandoc.json..", "dev.plandoc.cli..")
          .because("a format plugs in through the SPI and reads nothing but the model");

  @ArchTest
  static final ArchRule theDdlParserNeedsOnlyTheModel =
      noClasses()
          .that()
          .resideInAPackage("dev.plandoc.sql..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "dev.plandoc.markdown..",
              "dev.plandoc.json..",
              "dev.plandoc.openapi..",
              "dev.plandoc.cli..")
          .because(
              "the DDL parser reads a schema section of the model, whatever format it came from");

  @ArchTest
  static final ArchRule onlyTheDdlParsersInternalsUseJSqlParser =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.plandoc.sql.internal..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("net.sf.jsqlparser..")
          .because("JSqlParser is an implementation choice of plan-sql, not part of any API");

  @ArchTest
  static final ArchRule noModuleUsesAnotherModulesInternals =
      classes()
          .that()
          .resideInAPackage("dev.plandoc..")
          .should(useOnlyTheirOwnModulesInternalPackages())
          .because("internal packages are not API; only their own module may use them");

  /** No cycles between packages: a package and the packages it uses form a layering. */
  @ArchTest
  static final ArchRule noPackageCycles =
      slices()
          .matching("dev.plandoc.(**)")
          .namingSlices("package dev.plandoc.$1")
          .should()
          .beFreeOfCycles();

  /** Guards the rules above against checking an incomplete class path. */
  @ArchTest
  static void importsEveryLibraryModule(JavaClasses classes) {
    Set<String> roots = new TreeSet<>();
    for (JavaClass c : classes) {
      roots.add(module(c.getPackageName()));
    }
    if (!roots.containsAll(Set.of("model", "markdown", "json", "openapi", "sql"))) {
      throw new AssertionError(
          "expected the classes of model, markdown, json, openapi and sql; found " + roots);
    }
  }

  private static ArchCondition<JavaClass> useOnlyTheirOwnModulesInternalPackages() {
    return new ArchCondition<>("use no other module's internal packages") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String own = module(origin.getPackageName());
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          String target = d.getTargetClass().getPackageName();
          if (target.startsWith("dev.plandoc.")
              && INTERNAL.matcher(target).matches()
              && !module(target).equals(own)) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }

  /** The module of a package: its first segment below {@code dev.plandoc}. */
  static String module(String packageName) {
    String rest = packageName.startsWith("dev.plandoc.") ? packageName.substring(12) : "";
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
