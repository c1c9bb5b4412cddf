package cn.oneseal.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latencies per call kind, collected from several client threads, and the result lines that
 * ear/src/bench/run.sh turns into its table: {@code RESULT <system> <clients> <metric> <value>}.
 */
final class Timings {

  /** The call kinds of one case, in the order of the table. */
  static final List<String> KINDS = List.of("file", "tasks", "claim", "accept", "review", "decide");

  private final Map<String, List<Long>> nanos = new ConcurrentHashMap<>();

  void record(String kind, long elapsedNanos) {
    nanos
        .computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
        .add(elapsedNanos);
  }

  /** p50/p95 in milliseconds, nearest rank. */
  String percentiles(String kind) {
    List<Long> values = new ArrayList<>(nanos.getOrDefault(kind, List.of()));
    if (values.isEmpty()) {
      return "n/a";
    }
    Collections.sort(values);
    return String.format(Locale.ROOT, "%.0f / %.0f", rank(values, 50), rank(values, 95));
  }

  private static double rank(List<Long> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }

  static void result(String system, int clients, String metric, String value) {
    System.out.println("RESULT\t" + system + "\t" + clients + "\t" + metric + "\t" + value);
  }

  void print(String system, int clients) {
    for (String kind : KINDS) {
      result(system, clients, kind + " p50 / p95 ms", percentiles(kind));
    }
  }

  /** Runs {@code action} and records its time under {@code kind}; returns its value. */
  <T> T time(String kind, java.util.function.Supplier<T> action) {
    long start = System.nanoTime();
    T value = action.get();
    record(kind, System.nanoTime() - start);
    return value;
  }
}
