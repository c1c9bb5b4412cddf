package cn.oneseal.domain.model.inspection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The draw of 双随机一公开, reproducible by anyone from what is published (docs/inspections.md): the two
 * pools and the recusal pairs as they were fixed, the seed entered at the draw, the plan id and the
 * sample size. Pure: no clock, no randomness of its own, no server. The same input always gives the
 * same selection, byte for byte; {@link #canonicalSubjects} and its siblings give the exact text
 * whose SHA-256 is published before the draw.
 *
 * <p>Algorithm {@value #ALGORITHM}:
 *
 * <ol>
 *   <li>Generator: block {@code i} (i = 0, 1, 2 …) is {@code SHA-256(UTF-8(seed) ‖ 0x1F ‖
 *       UTF-8(planId in decimal) ‖ 0x1F ‖ i as 8 bytes big-endian)}; each block gives eight 32-bit
 *       unsigned integers, read big-endian in order; blocks are used one after the other.
 *   <li>A number below {@code n}: take the next integer {@code u}; while {@code u ≥ 2^32 − (2^32
 *       mod n)} reject it and take the next (no modulo bias); answer {@code u mod n}.
 *   <li>Subjects: the pool sorted by id; forward Fisher–Yates for positions {@code i = 0 … k−1}:
 *       {@code j = i + below(n − i)}, swap {@code i} and {@code j}; the selection is positions
 *       {@code 0 … k−1} in that order.
 *   <li>Inspectors, subject by subject in selection order: the eligible ones are the inspector pool
 *       (sorted by id) without those recused for that subject; the first is {@code
 *       eligible[below(size)]}; the second is drawn the same way from the eligible ones of another
 *       unit (department + section) than the first, or — when there is none — from the other
 *       eligible ones. Fewer than two eligible inspectors for a selected subject: no draw.
 * </ol>
 */
public final class SpotCheckDraw {

  /** The name the draw document carries; a new algorithm gets a new name. */
  public static final String ALGORITHM = "oneseal-draw-v1/sha256-counter/fisher-yates";

  /** At least two inspectors per check (domain §8). */
  public static final int INSPECTORS_PER_SUBJECT = 2;

  private SpotCheckDraw() {}

  /** One entry of the subject pool (a business or licence holder). */
  public record Subject(
      String id, String name, String entityType, String area, String status, List<String> items) {
    public Subject {
      Objects.requireNonNull(id, "id");
      name = nz(name);
      entityType = nz(entityType);
      area = nz(area);
      status = nz(status);
      items = items == null ? List.of() : items.stream().sorted().distinct().toList();
    }
  }

  /** One entry of the inspector pool: a law-enforcement officer of a supervising department. */
  public record Inspector(String id, String name, String department, String section) {
    public Inspector {
      Objects.requireNonNull(id, "id");
      name = nz(name);
      department = nz(department);
      section = nz(section);
    }

    String unit() {
      return department + "/" + section;
    }
  }

  /**
   * An inspector who may not check a subject: {@code reason} {@code case} (acted on a case of it)
   * or {@code declared} (a declared conflict of interest).
   */
  public record Recusal(String inspectorId, String subjectId, String reason) {
    public Recusal {
      Objects.requireNonNull(inspectorId, "inspectorId");
      Objects.requireNonNull(subjectId, "subjectId");
      reason = nz(reason);
    }
  }

  /** A drawn subject with its inspectors, in the order they were drawn. */
  public record Assignment(String subject, List<String> inspectors) {
    public Assignment {
      inspectors = List.copyOf(inspectors);
    }
  }

  /** Why a draw cannot be made. */
  public static final class TooFewInspectors extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String subjectId;

    TooFewInspectors(String subjectId) {
      super("fewer than two eligible inspectors for " + subjectId);
      this.subjectId = subjectId;
    }

    public String subjectId() {
      return subjectId;
    }
  }

  /**
   * How many subjects a plan draws from a pool of {@code poolSize}: {@code count}, or {@code
   * percent} of the pool rounded up; never more than the pool.
   */
  public static int sampleSize(int poolSize, Integer count, Integer percent) {
    int wanted;
    if (count != null) {
      wanted = count;
    } else if (percent != null) {
      wanted = (int) ((poolSize * (long) percent + 99) / 100);
    } else {
      wanted = 0;
    }
    return Math.max(0, Math.min(poolSize, wanted));
  }

  /** The draw. The pools may come in any order: they are sorted by id first. */
  public static List<Assignment> draw(
      List<Subject> subjects,
      List<Inspector> inspectors,
      List<Recusal> recusals,
      String seed,
      long planId,
      int sampleSize) {
    List<Subject> pool = sortedSubjects(subjects);
    List<Inspector> staff = sortedInspectors(inspectors);
    Set<String> recused =
        recusals.stream()
            .map(r -> r.subjectId() + "\n" + r.inspectorId())
            .collect(Collectors.toSet());
    Generator random = new Generator(seed, planId);
    int n = pool.size();
    int k = Math.max(0, Math.min(sampleSize, n));
    List<Subject> order = new ArrayList<>(pool);
    for (int i = 0; i < k; i++) {
      int j = i + random.below(n - i);
      Subject swap = order.get(i);
      order.set(i, order.get(j));
      order.set(j, swap);
    }
    List<Assignment> selection = new ArrayList<>();
    for (Subject subject : order.subList(0, k)) {
      List<Inspector> eligible =
          staff.stream().filter(x -> !recused.contains(subject.id() + "\n" + x.id())).toList();
      if (eligible.size() < INSPECTORS_PER_SUBJECT) {
        throw new TooFewInspectors(subject.id());
      }
      Inspector first = eligible.get(random.below(eligible.size()));
      List<Inspector> others = eligible.stream().filter(x -> x != first).toList();
      List<Inspector> otherUnit =
          others.stream().filter(x -> !x.unit().equals(first.unit())).toList();
      List<Inspector> from = otherUnit.isEmpty() ? others : otherUnit;
      Inspector second = from.get(random.below(from.size()));
      selection.add(new Assignment(subject.id(), List.of(first.id(), second.id())));
    }
    return selection;
  }

  /**
   * The inspectors who may not check which subject: everyone who acted on a case of the subject
   * ({@code actedOn}: subject id → user names), and declared conflicts ({@code declared}: inspector
   * id → subject ids). Inspector ids are their user names. Sorted by subject, then inspector.
   */
  public static List<Recusal> recusals(
      List<Subject> subjects,
      List<Inspector> inspectors,
      java.util.Map<String, Set<String>> actedOn,
      java.util.Map<String, Set<String>> declared) {
    List<Recusal> pairs = new ArrayList<>();
    for (Subject s : sortedSubjects(subjects)) {
      for (Inspector x : sortedInspectors(inspectors)) {
        if (actedOn.getOrDefault(s.id(), Set.of()).contains(x.id())) {
          pairs.add(new Recusal(x.id(), s.id(), "case"));
        } else if (declared.getOrDefault(x.id(), Set.of()).contains(s.id())) {
          pairs.add(new Recusal(x.id(), s.id(), "declared"));
        }
      }
    }
    return pairs;
  }

  public static List<Subject> sortedSubjects(List<Subject> subjects) {
    return subjects.stream().sorted(Comparator.comparing(Subject::id)).toList();
  }

  public static List<Inspector> sortedInspectors(List<Inspector> inspectors) {
    return inspectors.stream().sorted(Comparator.comparing(Inspector::id)).toList();
  }

  public static List<Recusal> sortedRecusals(List<Recusal> recusals) {
    return recusals.stream()
        .sorted(Comparator.comparing(Recusal::subjectId).thenComparing(Recusal::inspectorId))
        .toList();
  }

  // ---- canonical JSON (docs/inspections.md): keys in order, no spaces, minimal escapes ----

  /** The subject pool as hashed: sorted by id, keys alphabetical. */
  public static String canonicalSubjects(List<Subject> subjects) {
    return array(
        sortedSubjects(subjects).stream()
            .map(
                s ->
                    "{\"area\":"
                        + string(s.area())
                        + ",\"entityType\":"
                        + string(s.entityType())
                        + ",\"id\":"
                        + string(s.id())
                        + ",\"items\":"
                        + array(s.items().stream().map(SpotCheckDraw::string).toList())
                        + ",\"name\":"
                        + string(s.name())
                        + ",\"status\":"
                        + string(s.status())
                        + "}")
            .toList());
  }

  /** The inspector pool as hashed. */
  public static String canonicalInspectors(List<Inspector> inspectors) {
    return array(
        sortedInspectors(inspectors).stream()
            .map(
                x ->
                    "{\"department\":"
                        + string(x.department())
                        + ",\"id\":"
                        + string(x.id())
                        + ",\"name\":"
                        + string(x.name())
                        + ",\"section\":"
                        + string(x.section())
                        + "}")
            .toList());
  }

  /** The recusal pairs as hashed: sorted by subject, then inspector. */
  public static String canonicalRecusals(List<Recusal> recusals) {
    return array(
        sortedRecusals(recusals).stream()
            .map(
                r ->
                    "{\"inspectorId\":"
                        + string(r.inspectorId())
                        + ",\"reason\":"
                        + string(r.reason())
                        + ",\"subjectId\":"
                        + string(r.subjectId())
                        + "}")
            .toList());
  }

  /** The selection as hashed, in the order drawn. */
  public static String canonicalSelection(List<Assignment> selection) {
    return array(
        selection.stream()
            .map(
                a ->
                    "{\"inspectors\":"
                        + array(a.inspectors().stream().map(SpotCheckDraw::string).toList())
                        + ",\"subject\":"
                        + string(a.subject())
                        + "}")
            .toList());
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String array(List<String> elements) {
    return "[" + String.join(",", elements) + "]";
  }

  /**
   * A JSON string as RFC 8785 (JCS) writes it: {@code "} and {@code \} escaped, {@code \b \t \n \f
   * \r} by their short escapes, other control characters as {@code \\u00xx} (lower-case hex),
   * everything else as it is.
   */
  static String string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (SHORT_ESCAPES.indexOf(c) >= 0) {
        out.append('\\').append("btnfr".charAt(SHORT_ESCAPES.indexOf(c)));
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static final String SHORT_ESCAPES = "\b\t\n\f\r";

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The SHA-256 counter generator with rejection sampling. */
  static final class Generator {
    private final byte[] prefix;
    private long counter;
    private ByteBuffer block = ByteBuffer.allocate(0);

    Generator(String seed, long planId) {
      byte[] s = seed.getBytes(StandardCharsets.UTF_8);
      byte[] p = Long.toString(planId).getBytes(StandardCharsets.UTF_8);
      prefix = new byte[s.length + 1 + p.length + 1];
      System.arraycopy(s, 0, prefix, 0, s.length);
      prefix[s.length] = 0x1F;
      System.arraycopy(p, 0, prefix, s.length + 1, p.length);
      prefix[prefix.length - 1] = 0x1F;
    }

    /** The next 32-bit unsigned integer. */
    long next() {
      if (!block.hasRemaining()) {
        byte[] message =
            ByteBuffer.allocate(prefix.length + 8).put(prefix).putLong(counter++).array();
        block = ByteBuffer.wrap(sha256(message));
      }
      return Integer.toUnsignedLong(block.getInt());
    }

    /** A number in {@code [0, n)}, without bias. */
    int below(int n) {
      if (n <= 0) {
        throw new IllegalArgumentException("n " + n);
      }
      long range = 1L << 32;
      long limit = range - (range % n);
      long u;
      do {
        u = next();
      } while (u >= limit);
      return (int) (u % n);
    }
  }

  /** For tests and the docs' known answer: the first {@code count} integers of the generator. */
  public static List<Long> firstIntegers(String seed, long planId, int count) {
    Generator g = new Generator(seed, planId);
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(g.next());
    }
    return out;
  }

  /** Ids of {@code selection}'s subjects, in order. */
  public static Set<String> selectedIds(List<Assignment> selection) {
    return selection.stream()
        .map(Assignment::subject)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
