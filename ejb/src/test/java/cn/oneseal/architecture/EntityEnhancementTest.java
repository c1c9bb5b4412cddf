package cn.oneseal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.List;
import org.hibernate.engine.spi.ManagedEntity;
import org.junit.jupiter.api.Test;

/**
 * Every entity is enhanced when it is compiled (hibernate-enhance-maven-plugin;
 * docs/performance.md, "Boot"). An enhanced entity is its own lazy reference, so Hibernate makes no
 * proxy class for it at each start, and it records its own changes for the flush. The enhancer
 * skips a class it cannot enhance with a line in the build's log and goes on; that entity would
 * bring its proxy back without anyone noticing, so this test names it.
 */
class EntityEnhancementTest {

  @Test
  void everyEntityIsEnhancedAtBuildTime() {
    List<Class<?>> entities =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.oneseal.domain")
                .stream()
                .filter(c -> c.isAnnotatedWith(Entity.class))
                .<Class<?>>map(JavaClass::reflect)
                .toList();

    assertThat(entities).hasSizeGreaterThan(25);
    assertThat(entities)
        .filteredOn(entity -> !ManagedEntity.class.isAssignableFrom(entity))
        .extracting(Class::getName)
        .as("entities the build did not enhance")
        .isEmpty();
  }
}
