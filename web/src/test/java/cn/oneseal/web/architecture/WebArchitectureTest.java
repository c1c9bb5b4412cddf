package cn.oneseal.web.architecture;

import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.oneseal.web.api.ItemDraftJson;
import cn.oneseal.web.view.admin.ItemEditorView;
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

  @ArchTest
  static final ArchRule webDoesNotUseEntities =
      noClasses()
          .that()
          // catalogue: issue 11, content branch — the item editor still builds the catalogue's
          // SpecialStep and MaterialRequirement itself; the rule must cover them once that lands.
          .doNotBelongToAnyOf(ItemDraftJson.class, ItemEditorView.class)
          .should()
          .dependOnClassesThat(
              annotatedWith("jakarta.persistence.Entity")
                  .or(annotatedWith("jakarta.persistence.Embeddable")))
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
