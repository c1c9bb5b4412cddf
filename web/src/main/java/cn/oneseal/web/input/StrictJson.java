package cn.oneseal.web.input;

import cn.oneseal.domain.shared.DomainException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a parsed JSON body against the Java type it is about to be bound to, before any binding:
 * the JSON binder would otherwise coerce ({@code "true"} into a boolean, {@code 1.5} into an
 * integer) or fail deep inside with a message that names nothing. Every mismatch becomes one
 * problem naming its field as the client wrote it ({@code materials[1].fileName}):
 *
 * <ul>
 *   <li>a text, boolean, integer, number, date, list or object where another belongs;
 *   <li>an integer with a fraction, or outside the range of its Java type;
 *   <li>{@code null} inside a list, or where a primitive belongs;
 *   <li>an enum value that is not one of its constants;
 *   <li>a property the type does not have (a misspelt {@code opinon} would otherwise be dropped).
 * </ul>
 *
 * <p>Types are records (their components), classes (their instance fields, as JSON-B binds them
 * through their accessors), lists, maps with text keys and the scalars the API uses.
 */
public final class StrictJson {

  /** More problems than this are not listed: the client has enough to fix. */
  static final int MAX_PROBLEMS = 20;

  private final List<DomainException.Detail> problems = new ArrayList<>();

  private StrictJson() {}

  /** The problems of {@code value} as a {@code type}; empty when it binds without coercion. */
  public static List<DomainException.Detail> problems(JsonValue value, Type type) {
    StrictJson check = new StrictJson();
    check.value(value, type, "");
    return List.copyOf(check.problems);
  }

  private void value(JsonValue value, Type type, String path) {
    if (problems.size() >= MAX_PROBLEMS) {
      return;
    }
    Class<?> raw = raw(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        problem(path, "error.json.required");
      }
      return;
    }
    if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
      return;
    }
    if (raw == String.class) {
      expect(value, JsonValue.ValueType.STRING, path, "error.json.expectedText");
    } else if (raw == boolean.class || raw == Boolean.class) {
      if (value.getValueType() != JsonValue.ValueType.TRUE
          && value.getValueType() != JsonValue.ValueType.FALSE) {
        problem(path, "error.json.expectedBoolean");
      }
    } else if (isInteger(raw)) {
      integer(value, raw, path);
    } else if (raw == BigDecimal.class || raw == double.class || raw == Double.class) {
      expect(value, JsonValue.ValueType.NUMBER, path, "error.json.expectedNumber");
    } else if (raw == LocalDate.class) {
      date(value, path);
    } else if (raw.isEnum()) {
      enumeration(value, raw, path);
    } else if (Collection.class.isAssignableFrom(raw)) {
      list(value, type, path);
    } else if (Map.class.isAssignableFrom(raw)) {
      map(value, type, path);
    } else {
      object(value, raw, path);
    }
  }

  private boolean expect(JsonValue value, JsonValue.ValueType expected, String path, String code) {
    if (value.getValueType() != expected) {
      problem(path, code);
      return false;
    }
    return true;
  }

  private static boolean isInteger(Class<?> raw) {
    return raw == int.class
        || raw == Integer.class
        || raw == long.class
        || raw == Long.class
        || raw == short.class
        || raw == Short.class;
  }

  private void integer(JsonValue value, Class<?> raw, String path) {
    if (!expect(value, JsonValue.ValueType.NUMBER, path, "error.json.expectedInteger")) {
      return;
    }
    BigDecimal number = ((JsonNumber) value).bigDecimalValue();
    BigInteger whole;
    try {
      whole = number.toBigIntegerExact();
    } catch (ArithmeticException fraction) {
      problem(path, "error.json.expectedInteger");
      return;
    }
    long min;
    long max;
    if (raw == short.class || raw == Short.class) {
      min = Short.MIN_VALUE;
      max = Short.MAX_VALUE;
    } else if (raw == int.class || raw == Integer.class) {
      min = Integer.MIN_VALUE;
      max = Integer.MAX_VALUE;
    } else {
      min = Long.MIN_VALUE;
      max = Long.MAX_VALUE;
    }
    if (whole.compareTo(BigInteger.valueOf(min)) < 0
        || whole.compareTo(BigInteger.valueOf(max)) > 0) {
      problem(path, "error.json.outOfRange", String.valueOf(min), String.valueOf(max));
    }
  }

  private void date(JsonValue value, String path) {
    if (!expect(value, JsonValue.ValueType.STRING, path, "error.json.expectedDate")) {
      return;
    }
    try {
      LocalDate.parse(((JsonString) value).getString());
    } catch (DateTimeParseException e) {
      problem(path, "error.json.expectedDate");
    }
  }

  private void enumeration(JsonValue value, Class<?> raw, String path) {
    List<String> names = new ArrayList<>();
    for (Object constant : raw.getEnumConstants()) {
      names.add(((Enum<?>) constant).name());
    }
    if (value.getValueType() != JsonValue.ValueType.STRING
        || !names.contains(((JsonString) value).getString())) {
      problem(path, "error.json.oneOf", String.join(", ", names));
    }
  }

  private void list(JsonValue value, Type type, String path) {
    if (!expect(value, JsonValue.ValueType.ARRAY, path, "error.json.expectedList")) {
      return;
    }
    Type element = argument(type, 0);
    JsonArray array = value.asJsonArray();
    for (int i = 0; i < array.size(); i++) {
      String at = path + "[" + i + "]";
      if (array.get(i).getValueType() == JsonValue.ValueType.NULL) {
        problem(at, "error.json.nullInList");
      } else {
        value(array.get(i), element, at);
      }
    }
  }

  private void map(JsonValue value, Type type, String path) {
    if (!expect(value, JsonValue.ValueType.OBJECT, path, "error.json.expectedObject")) {
      return;
    }
    Type element = argument(type, 1);
    for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
      String at = child(path, entry.getKey());
      if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
        problem(at, "error.json.nullInList");
      } else {
        value(entry.getValue(), element, at);
      }
    }
  }

  private void object(JsonValue value, Class<?> raw, String path) {
    if (!expect(value, JsonValue.ValueType.OBJECT, path, "error.json.expectedObject")) {
      return;
    }
    Map<String, Type> properties = properties(raw);
    JsonObject object = value.asJsonObject();
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      Type property = properties.get(entry.getKey());
      String at = child(path, entry.getKey());
      if (property == null) {
        problem(at, "error.json.unknownField");
      } else {
        value(entry.getValue(), property, at);
      }
    }
  }

  /** The JSON properties of a bound type with their Java types, as JSON-B names them. */
  static Map<String, Type> properties(Class<?> raw) {
    Map<String, Type> properties = new LinkedHashMap<>();
    if (raw.isRecord()) {
      for (RecordComponent c : raw.getRecordComponents()) {
        properties.put(c.getName(), c.getGenericType());
      }
      return properties;
    }
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        int modifiers = f.getModifiers();
        if (!Modifier.isStatic(modifiers)
            && !Modifier.isTransient(modifiers)
            && !f.isAnnotationPresent(JsonbTransient.class)) {
          properties.putIfAbsent(f.getName(), f.getGenericType());
        }
      }
    }
    return properties;
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private void problem(String path, String code, Object... arguments) {
    String field = path.isEmpty() ? "body" : path;
    Object[] withField = new Object[arguments.length + 1];
    withField[0] = field;
    System.arraycopy(arguments, 0, withField, 1, arguments.length);
    problems.add(DomainException.Detail.of(field, code, withField));
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }
}
