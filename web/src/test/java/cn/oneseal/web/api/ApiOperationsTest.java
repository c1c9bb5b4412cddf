package cn.oneseal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/** Every operation of the API says what it does in the OpenAPI document: a summary each. */
class ApiOperationsTest {

  @Test
  void everyOperationHasASummary() throws Exception {
    List<Class<?>> resources = resourceClasses();
    assertThat(resources).as("resource classes found").hasSizeGreaterThan(10);
    List<String> without = new ArrayList<>();
    int operations = 0;
    for (Class<?> resource : resources) {
      for (Method method : resource.getDeclaredMethods()) {
        if (!isOperation(method)) {
          continue;
        }
        operations++;
        Operation operation = method.getAnnotation(Operation.class);
        if (operation == null || operation.summary().isBlank()) {
          without.add(resource.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertThat(operations).isGreaterThan(50);
    assertThat(without).as("operations without @Operation(summary = …)").isEmpty();
  }

  private static boolean isOperation(Method method) {
    return Arrays.stream(method.getAnnotations())
        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
  }

  /** The classes of this package annotated with {@code @Path}. */
  private static List<Class<?>> resourceClasses()
      throws IOException, URISyntaxException, ClassNotFoundException {
    java.nio.file.Path folder =
        java.nio.file.Path.of(OneSealApi.class.getResource("OneSealApi.class").toURI()).getParent();
    List<Class<?>> classes = new ArrayList<>();
    try (var files = Files.list(folder)) {
      for (java.nio.file.Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> type =
              Class.forName(OneSealApi.class.getPackageName() + "." + name.replace(".class", ""));
          if (type.isAnnotationPresent(Path.class)) {
            classes.add(type);
          }
        }
      }
    }
    return classes;
  }
}
