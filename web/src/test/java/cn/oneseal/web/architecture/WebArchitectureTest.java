package cn.oneseal.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The web module shows and exposes what the services below it do: it drives the process engine only
 * through the workflow module's services, reads and writes records only through the ejb module's
 * services, and keeps its two faces — the PrimeFaces views and the REST API — apart.
 */
@AnalyzeClasses(packages = "cn.oneseal.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

  @ArchTest
  static final ArchRule webDoesNotUseTheEngine =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.camunda..")
          .because(
              "every engine call stays in the workflow module, so that a move to a maintained fork"
                  + " (Operaton) stays a small change");

  @ArchTest
  static final ArchRule webDoesNotUsePersistence =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.persistence..")
          .because(
              "records are read and written by the ejb module's services, which check who may see"
                  + " and change them");

  /** Entities, and embeddables that are not immutable values (an embeddable record is one). */
  private static final DescribedPredicate<JavaClass> MANAGED_RECORDS =
      DescribedPredicate.describe(
          "entities or mutable embeddables",
          c ->
              c.isAnnotatedWith("jakarta.persistence.Entity")
                  || (c.isAnnotatedWith("jakarta.persistence.Embeddable")
                      && !c.isAssignableTo(Record.class)));

  @ArchTest
  static final ArchRule webDoesNotUseEntities =
      noClasses()
          .should()
          .dependOnClassesThat(MANAGED_RECORDS)
          .because(
              "services hand the web module read models and values, never the records they manage:"
                  + " an entity outside its transaction is either stale or a lazy-loading failure,"
                  + " and changing it there changes nothing the service checked");

  @ArchTest
  static final ArchRule viewsDoNotUseRestResources =
      noClasses()
          .that()
          .resideInAPackage("cn.oneseal.web.view..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("cn.oneseal.web.api..")
          .because("views and the REST API are two clients of the same services");

  @ArchTest
  static final ArchRule restResourcesDoNotUseViews =
      noClasses()
          .that()
          .resideInAPackage("cn.oneseal.web.api..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("cn.oneseal.web.view..")
          .because("views and the REST API are two clients of the same services");

  @ArchTest
  static final ArchRule restResourcesDoNotUseFaces =
      noClasses()
          .that()
          .resideInAPackage("cn.oneseal.web.api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
          .because("an API call has no Faces context");
}
