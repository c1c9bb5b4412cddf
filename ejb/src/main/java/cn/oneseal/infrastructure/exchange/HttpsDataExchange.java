package cn.oneseal.infrastructure.exchange;

import cn.oneseal.application.DataExchange;
import cn.oneseal.application.DataExchange.DepartmentUnavailableException;
import cn.oneseal.application.ExchangeSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A push over HTTPS (docs/exchange.md): the JSON document {@code {pushId, applicationNumber,
 * certificate, data, sentAt}} is POSTed to the channel's endpoint, signed with HMAC-SHA256 and the
 * channel's shared secret. 2xx with {@code {"receipt": "..."}} is delivered; 202 means the
 * department took it and answers by callback; anything else — another status, no answer within the
 * channel's timeout, no connection — is "unavailable", and the engine's job tries again with the
 * same push id.
 *
 * <p>Timestamps are the machine's real time, not the application's clock (which tests may move):
 * the receiver compares them with its own.
 */
@ApplicationScoped
public class HttpsDataExchange {

  private static final Logger LOG = Logger.getLogger(HttpsDataExchange.class.getName());

  /** Receipts longer than the column are refused rather than cut. */
  static final int MAX_RECEIPT = 64;

  private static final int MAX_ANSWER_CHARS = 200;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public DataExchange.Answer send(DataExchange.Channel channel, DataExchange.Outgoing push) {
    if (channel.endpointUrl() == null || channel.secret() == null || channel.keyId() == null) {
      throw new DepartmentUnavailableException(
          "channel " + channel.certificateCode() + " has no endpoint, key id or secret");
    }
    Instant now = Instant.now();
    byte[] body = document(push, now).getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(now.getEpochSecond());
    Duration timeout = Duration.ofSeconds(channel.timeoutSeconds());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(channel.endpointUrl()))
            .timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .header("Accept", "application/json")
            .header(ExchangeSignature.KEY_ID, channel.keyId())
            .header(ExchangeSignature.TIMESTAMP, timestamp)
            .header(ExchangeSignature.PUSH_ID, push.pushId())
            .header(
                ExchangeSignature.SIGNATURE,
                ExchangeSignature.sign(channel.secret(), timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw unavailable(channel, "no answer within " + timeout.toSeconds() + " s");
    } catch (ConnectException e) {
      throw unavailable(channel, "no connection (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw unavailable(channel, "transfer failed (" + e + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(channel, "interrupted");
    }
    int status = response.statusCode();
    if (status == 202) {
      LOG.info(
          () ->
              "Push "
                  + push.pushId()
                  + " of "
                  + push.applicationNumber()
                  + " accepted by "
                  + push.certificateCode()
                  + "; receipt to follow");
      return DataExchange.Answer.awaitingReceipt();
    }
    if (status < 200 || status > 299) {
      throw unavailable(channel, "HTTP " + status + " " + abbreviated(response.body()));
    }
    String receipt = receipt(response.body());
    if (receipt == null) {
      throw unavailable(
          channel, "HTTP " + status + " without a receipt: " + abbreviated(response.body()));
    }
    LOG.info(
        () ->
            "Push "
                + push.pushId()
                + " of "
                + push.applicationNumber()
                + " taken by "
                + push.certificateCode()
                + ": "
                + receipt);
    return DataExchange.Answer.receipt(receipt);
  }

  /**
   * Looked up once: each {@code Json.create…} call looks the JSON-P provider up again with a {@code
   * ServiceLoader}, a search of the deployment's jars.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** The document, in a fixed order of members. */
  static String document(DataExchange.Outgoing push, Instant sentAt) {
    JsonObjectBuilder data = JSON.createObjectBuilder();
    for (Map.Entry<String, String> e : push.data().entrySet()) {
      if (e.getValue() != null) {
        data.add(e.getKey(), e.getValue());
      }
    }
    return JSON.createObjectBuilder()
        .add("pushId", push.pushId())
        .add("applicationNumber", push.applicationNumber())
        .add("certificate", push.certificateCode())
        .add("data", data)
        .add("sentAt", sentAt.toString())
        .build()
        .toString();
  }

  /** The receipt of a 2xx answer, or null when there is none fit to keep. */
  static String receipt(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(body))) {
      JsonValue value = reader.readValue();
      if (!(value instanceof JsonObject object)
          || !(object.get("receipt") instanceof JsonString receipt)) {
        return null;
      }
      String text = receipt.getString().strip();
      return text.isEmpty() || text.length() > MAX_RECEIPT ? null : text;
    } catch (JsonException e) {
      return null;
    }
  }

  private static DepartmentUnavailableException unavailable(
      DataExchange.Channel channel, String why) {
    return new DepartmentUnavailableException(
        channel.certificateCode() + " at " + channel.endpointUrl() + ": " + why);
  }

  private static String abbreviated(String body) {
    if (body == null) {
      return "";
    }
    String one = body.replaceAll("\\s+", " ").strip();
    return one.length() > MAX_ANSWER_CHARS ? one.substring(0, MAX_ANSWER_CHARS) + "…" : one;
  }
}
