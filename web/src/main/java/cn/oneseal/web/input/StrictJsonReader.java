package cn.oneseal.web.input;

import cn.oneseal.domain.shared.DomainException;
import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Reads every JSON request body of the API, so that no resource receives one unchecked: the body is
 * parsed, checked against its Java type without coercion ({@link StrictJson}), bound, and then
 * validated against the type's Bean Validation constraints ({@link InputConstraints}) — sizes that
 * match the columns, ranges, required fields. Any problem is a 400 that names each field; the
 * resource and the services behind it never see the body. A new endpoint with a JSON body is
 * covered by being one.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
@Priority(1)
public class StrictJsonReader implements MessageBodyReader<Object> {

  /** Bodies larger than this are refused before parsing (uploads inline are base64). */
  static final int MAX_BODY_BYTES =
      Integer.getInteger("oneseal.api.maxJsonBytes", 64 * 1024 * 1024);

  private static final Jsonb JSONB = JsonbBuilder.create();

  /**
   * Made once: {@code Json.createReader} looks the JSON-P provider up with a {@code ServiceLoader}
   * on every call, which searched the deployment's jars for every request body (1.8 % of the
   * server's CPU over a whole case, issue 18).
   */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type != String.class
        && type != byte[].class
        && !InputStream.class.isAssignableFrom(type)
        && !JsonValue.class.isAssignableFrom(type);
  }

  @Override
  public Object readFrom(
      Class<Object> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    byte[] body = entityStream.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw DomainException.invalidField(
          "body", "error.request.tooLarge", MAX_BODY_BYTES / (1024 * 1024));
    }
    if (StrictJson.depth(body) > StrictJson.MAX_DEPTH) {
      throw DomainException.invalidField("body", "error.json.tooDeep");
    }
    if (isBlank(body)) {
      // no body at all: the resource decides whether it needs one
      return null;
    }
    JsonValue tree = parse(body);
    List<DomainException.Detail> problems = StrictJson.problems(tree, genericType);
    if (!problems.isEmpty()) {
      throw DomainException.invalidAll(problems);
    }
    Object value;
    try {
      value = JSONB.fromJson(new ByteArrayInputStream(body), genericType);
    } catch (JsonbException e) {
      // the type check above passed, so this is a value the binder cannot represent
      throw DomainException.invalidField("body", "error.json.unreadable", "body");
    }
    InputConstraints.check(value);
    return value;
  }

  private static JsonValue parse(byte[] body) {
    try (JsonReader reader =
        READERS.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
      return reader.readValue();
    } catch (JsonParsingException e) {
      var at = e.getLocation();
      throw DomainException.invalidField(
          "body",
          "error.json.malformed",
          at == null ? 0 : at.getLineNumber(),
          at == null ? 0 : at.getColumnNumber());
    } catch (JsonException e) {
      throw DomainException.invalidField("body", "error.json.malformed", 0, 0);
    } catch (RuntimeException e) {
      // the parser refuses what it cannot hold with a bare RuntimeException (Parsson: "Input is
      // too deeply nested"); it only ever read the client's bytes, so the bytes are at fault
      throw DomainException.invalidField("body", "error.json.tooDeep");
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
