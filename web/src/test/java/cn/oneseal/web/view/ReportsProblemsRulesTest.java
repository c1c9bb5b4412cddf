package cn.oneseal.web.view;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import cn.oneseal.web.view.shared.ReportsProblems;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Named;

/**
 * A {@link ReportsProblems} action only reports problems when the page calls it through the bean's
 * proxy. These rules catch the silent mistakes: an action the interceptor cannot reach (private,
 * static, final, not a bean), one whose "stay on the page" answer cannot be {@code null}, and one
 * the bean calls itself (such a call bypasses the interceptor, so a refusal would end in an error
 * page).
 */
@AnalyzeClasses(packages = "cn.oneseal.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportsProblemsRulesTest {

  @ArchTest
  static final ArchRule actionsAreReachableByTheInterceptor =
      methods()
          .that()
          .areAnnotatedWith(ReportsProblems.class)
          .should()
          .bePublic()
          .andShould()
          .notBeStatic()
          .andShould()
          .notBeFinal()
          .andShould()
          .beDeclaredInClassesThat()
          .areAnnotatedWith(Named.class)
          .andShould(returnVoidOrAReference());

  @ArchTest
  static final ArchRule actionsAreNotCalledByTheirOwnBean =
      methods().that().areAnnotatedWith(ReportsProblems.class).should(notBeCalledByTheirOwnClass());

  private static ArchCondition<JavaMethod> returnVoidOrAReference() {
    return new ArchCondition<>("return void or a reference (the interceptor answers null)") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean primitive =
            method.getRawReturnType().isPrimitive()
                && !method.getRawReturnType().getName().equals("void");
        if (primitive) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " returns " + method.getRawReturnType()));
        }
      }
    };
  }

  private static ArchCondition<JavaMethod> notBeCalledByTheirOwnClass() {
    return new ArchCondition<>("not be called by their own class (use FacesSupport.attempt)") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        for (JavaAccess<?> access : method.getAccessesToSelf()) {
          if (access.getOriginOwner().equals(method.getOwner())) {
            events.add(SimpleConditionEvent.violated(method, access.getDescription()));
          }
        }
      }
    };
  }
}
