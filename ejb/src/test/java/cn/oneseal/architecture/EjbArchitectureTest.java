package cn.oneseal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain module knows nothing of the process engine or the screens: dependencies point web →
 * workflow → ejb, never back. Inside it, the domain model is the core that the application services
 * and the infrastructure build on.
 */
@AnalyzeClasses(
    packages = {"cn.oneseal", "db.migration"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class EjbArchitectureTest {

  @ArchTest
  static final ArchRule ejbDoesNotUseCamunda =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.camunda..")
          .because("the domain must survive a move of the process engine (e.g. to Operaton)");

  @ArchTest
  static final ArchRule ejbDoesNotUseFaces =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
          .because("screens live in the web module");

  @ArchTest
  static final ArchRule ejbDoesNotUseRest =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..")
          .because("the REST API lives in the web module");

  @ArchTest
  static final ArchRule ejbDoesNotDependOnUpperModules =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("cn.oneseal.workflow..", "cn.oneseal.web..");

  @ArchTest
  static final ArchRule domainDoesNotDependOnServicesOrInfrastructure =
      noClasses()
          .that()
          .resideInAPackage("cn.oneseal.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("cn.oneseal.application..", "cn.oneseal.infrastructure..")
          .because(
              "the domain's rules must hold whoever calls them and whatever stores them: services"
                  + " and technical adapters depend on the domain, not the other way round");
}
