package org.openderm.forecast;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The forecasting math stays plain Java: no Spring in models, evaluation or the generator. */
class ForecastArchitectureTest {

  private final JavaClasses classes =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.openderm.forecast");

  @Test
  void modelsEvaluationAndGenerator_doNotDependOnSpring() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.openderm.forecast.model..",
            "org.openderm.forecast.evaluation..",
            "org.openderm.forecast.synthetic..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..")
        .check(classes);
  }

  @Test
  void models_doNotDependOnTheServiceLayer() {
    noClasses()
        .that()
        .resideInAPackage("org.openderm.forecast.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.openderm.forecast", "org.openderm.forecast.evaluation..")
        .check(classes);
  }
}
