package cn.oneseal.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.testing.MigratedH2;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No text reaches the database longer than its column: every text an entity maps to a {@code
 * varchar(n)} of the migrated schema carries {@code @Size(max ≤ n)}, so that the persistence
 * layer's Bean Validation refuses it with the limit named (a 400 in the API, a message on the
 * screen) before the database would fail the whole request. The schema is the one Flyway builds,
 * not what the annotations claim; a mapping this test cannot find in it fails too.
 */
class ColumnLimitsTest {

  private static MigratedH2 database;

  /** "table.column" (lower case) → declared length of every varchar column. */
  private static final Map<String, Integer> VARCHARS = new HashMap<>();

  @BeforeAll
  static void migrate() throws SQLException {
    database = MigratedH2.named("columnLimits");
    try (Connection c = database.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select table_name, column_name, data_type, character_maximum_length"
                        + " from information_schema.columns where table_schema = 'PUBLIC'")) {
      while (rs.next()) {
        String key = (rs.getString(1) + "." + rs.getString(2)).toLowerCase(Locale.ROOT);
        boolean varchar = rs.getString(3).toUpperCase(Locale.ROOT).contains("VARYING");
        VARCHARS.put(key, varchar ? rs.getInt(4) : -1);
      }
    }
  }

  @Test
  void everyTextColumnHasItsLimitOnTheEntity() {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Class<?> entity : entities()) {
      Table table = entity.getAnnotation(Table.class);
      String tableName =
          table != null && !table.name().isEmpty() ? table.name() : entity.getSimpleName();
      for (Field field : persistentFields(entity)) {
        checked += check(entity, field, tableName, Map.of(), problems);
      }
    }
    assertThat(problems).as("texts without their column's limit").isEmpty();
    assertThat(checked).as("text columns checked").isGreaterThan(150);
  }

  private int check(
      Class<?> owner,
      Field field,
      String table,
      Map<String, Column> overrides,
      List<String> problems) {
    String where = owner.getSimpleName() + "." + field.getName();
    if (field.getType() == String.class) {
      Column override = overrides.get(field.getName());
      Column column = override != null ? override : field.getAnnotation(Column.class);
      String name = column != null && !column.name().isEmpty() ? column.name() : field.getName();
      return compare(where, table, name, field.getAnnotation(Size.class), problems);
    }
    if (field.isAnnotationPresent(Embedded.class)
        || field.getType().isAnnotationPresent(Embeddable.class)
            && !field.isAnnotationPresent(ElementCollection.class)) {
      Map<String, Column> nested = new HashMap<>();
      for (AttributeOverride o : field.getAnnotationsByType(AttributeOverride.class)) {
        nested.put(o.name(), o.column());
      }
      TextLimit limit = field.getAnnotation(TextLimit.class);
      if (limit != null) {
        int n = 0;
        for (Field inner : persistentFields(field.getType())) {
          Column column = nested.get(inner.getName());
          String name = column != null ? column.name() : inner.getName();
          n += compare(where + "." + inner.getName(), table, name, limit.max(), problems);
        }
        return n;
      }
      int n = 0;
      for (Field inner : persistentFields(field.getType())) {
        n += check(field.getType(), inner, table, nested, problems);
      }
      return n;
    }
    if (field.isAnnotationPresent(ElementCollection.class)) {
      CollectionTable collection = field.getAnnotation(CollectionTable.class);
      String collectionTable = collection.name();
      AnnotatedType[] arguments =
          ((AnnotatedParameterizedType) field.getAnnotatedType()).getAnnotatedActualTypeArguments();
      AnnotatedType element = arguments[arguments.length - 1];
      int n = 0;
      if (arguments.length == 2 && arguments[0].getType() == String.class) {
        n +=
            compare(
                where + " (key)",
                collectionTable,
                field.getAnnotation(MapKeyColumn.class).name(),
                arguments[0].getAnnotation(Size.class),
                problems);
      }
      if (element.getType() == String.class) {
        Column column = field.getAnnotation(Column.class);
        n +=
            compare(
                where,
                collectionTable,
                column == null ? field.getName() : column.name(),
                element.getAnnotation(Size.class),
                problems);
      } else if (element.getType() instanceof Class<?> c
          && c.isAnnotationPresent(Embeddable.class)) {
        for (Field inner : persistentFields(c)) {
          n += check(c, inner, collectionTable, Map.of(), problems);
        }
      }
      return n;
    }
    return 0;
  }

  private static int compare(
      String where, String table, String column, Size size, List<String> problems) {
    return compare(where, table, column, size == null ? null : size.max(), problems);
  }

  private static int compare(
      String where, String table, String column, Integer max, List<String> problems) {
    Integer length = VARCHARS.get((table + "." + column).toLowerCase(Locale.ROOT));
    if (length == null) {
      problems.add(where + ": no column " + table + "." + column + " in the migrated schema");
      return 0;
    }
    if (length < 0) {
      return 0; // not a varchar (a CLOB, a fixed code): no limit to mirror
    }
    if (max == null || max > length) {
      problems.add(
          where
              + " → "
              + table
              + "."
              + column
              + " varchar("
              + length
              + "): needs @Size(max = "
              + length
              + ")"
              + (max == null ? "" : ", has " + max));
    }
    return 1;
  }

  private static List<Field> persistentFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())
            && !Modifier.isTransient(f.getModifiers())
            && !f.isAnnotationPresent(Transient.class)) {
          fields.add(f);
        }
      }
    }
    return fields;
  }

  private static List<Class<?>> entities() {
    List<Class<?>> entities = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.oneseal.domain")) {
      if (c.isAnnotatedWith(Entity.class)) {
        entities.add(c.reflect());
      }
    }
    assertThat(entities).hasSizeGreaterThan(25);
    return entities;
  }
}
