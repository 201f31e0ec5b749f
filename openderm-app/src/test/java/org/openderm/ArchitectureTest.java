package org.openderm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The layout rules of DESIGN §2, kept by tests. */
class ArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.openderm");
  }

  @Test
  void controllersArePackagePrivate() {
    classes()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .notBePublic()
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void theMlModuleKnowsNothingOfSpring() {
    noClasses()
        .that()
        .resideInAPackage("org.openderm.ml..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void pureClinicalMathKnowsNothingOfSpring() {
    noClasses()
        .that()
        .resideInAnyPackage("org.openderm.eczema.instrument..", "org.openderm.forecast.model..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.springframework..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void noFeatureReachesIntoAnotherFeaturesInternals() {
    java.util.List<String> violations = new java.util.ArrayList<>();
    for (var c : classes) {
      String feature = feature(c.getPackageName());
      for (var d : c.getDirectDependenciesFromSelf()) {
        String target = d.getTargetClass().getPackageName();
        if (target.contains(".internal")
            && target.startsWith("org.openderm.")
            && !feature(target).equals(feature)) {
          violations.add(d.getDescription());
        }
      }
    }
    org.assertj.core.api.Assertions.assertThat(violations).isEmpty();
  }

  private static String feature(String pkg) {
    String[] parts = pkg.split("\\.");
    return parts.length > 2 ? parts[2] : "";
  }

  @Test
  void featuresHaveNoCycles() {
    slices()
        .matching("org.openderm.(*)..")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                "org.openderm.system..", "org.openderm.cli..", "org.openderm"))
        .check(classes);
  }
}
