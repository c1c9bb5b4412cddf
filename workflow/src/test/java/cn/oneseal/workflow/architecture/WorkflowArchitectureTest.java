package cn.oneseal.workflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The workflow module drives the processes for whoever calls it: the screens and the REST API sit
 * above it (web → workflow → ejb), never inside it.
 */
@AnalyzeClasses(
    packages = "cn.oneseal.workflow",
    importOptions = ImportOption.DoNotIncludeTests.class)
class WorkflowArchitectureTest {

  @ArchTest
  static final ArchRule workflowDoesNotDependOnWeb =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("cn.oneseal.web..")
          .because("dependencies point web → workflow → ejb, never back");

  @ArchTest
  static final ArchRule workflowDoesNotUseFacesOrRest =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.faces..", "org.primefaces..", "jakarta.ws.rs..")
          .because("screens and the REST API live in the web module");

  @ArchTest
  static final ArchRule delegatesDoNotNeedARequest =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("Delegate")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.faces..", "org.primefaces..", "jakarta.ws.rs..", "jakarta.servlet..")
          .because(
              "delegates also run on the job executor's threads, where there is no HTTP request,"
                  + " no Faces context and no signed-in caller");
}
