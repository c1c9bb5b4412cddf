package cn.oneseal.infrastructure.seal;

import cn.oneseal.application.documents.EmbeddedFont;
import cn.oneseal.application.documents.LicencePdf;
import cn.oneseal.application.documents.NoticePdf;
import cn.oneseal.application.documents.NoticeSheet;
import cn.oneseal.application.documents.RenderedDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Rendering and sealing a decision notice and a licence, phase by phase, outside CI (issue 18).
 * Run by {@code ejb/src/bench/seal-bench.sh}; prints p50/p95 in milliseconds per phase, then the
 * rate of whole sealed documents with several threads. The seal is the demonstration seal (RSA
 * 3072 + SM2), made once in a temporary directory; each kind of sealed output is checked once with
 * {@link SealVerifier} and the SM2 signature, so a faster but broken seal cannot pass unnoticed.
 * The licence is the seal tests' ({@link SealFixtures#licence()}).
 *
 * <p>Arguments: {@code [iterations=200] [warm-up=100] [threads=4]}.
 */
public final class SealBench {

  private static final String BUREAU = "山西省行政审批服务管理局";
  private static final Instant AT = Instant.now();

  private SealBench() {}

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    Path keys = Files.createTempDirectory("seal-bench");
    BureauSeal seal = BureauSeal.loadOrCreate(keys, BUREAU, "bench".toCharArray());
    PdfSealer sealer = new PdfSealer(seal, "山西省太原市");
    SealVerifier verifier = new SealVerifier(seal);
    check(verifier, sealNotice(sealer), "notice");
    check(verifier, sealLicence(sealer), "licence");

    Map<String, Phase> phases = new LinkedHashMap<>();
    byte[] noticePdf = NoticePdf.render(notice()).pdf();
    byte[] sealedNotice = sealNotice(sealer).pdf();
    SealPicture picture = SealPicture.of(SealImage.png(BUREAU, 1000));
    for (int round = 0; round < 2; round++) {
      int n = round == 0 ? warmUp : iterations;
      phases.clear();
      for (int i = 0; i < n; i++) {
        time(phases, "font (load for one document)", () -> {
          try (EmbeddedFont lent = EmbeddedFont.borrow();
              PDDocument document = new PDDocument()) {
            lent.loadInto(document);
          }
        });
        time(phases, "render notice (incl. font, subset, save)", () -> NoticePdf.render(notice()));
        time(phases, "render licence (incl. font, subset, save)", () -> SealFixtures.licence());
        time(phases, "seal: load rendered PDF", () -> Loader.loadPDF(noticePdf).close());
        time(phases, "seal: seal image (appearance template)", () -> {
          try (PDDocument document = Loader.loadPDF(noticePdf)) {
            SealAppearance.template(document.getPage(0), LicencePdf.sealArea(), picture).close();
          }
        });
        time(phases, "seal: CMS signature (PAdES, RSA 3072)", () ->
            new CadesSignature(seal.signingKey(), seal.chain())
                .sign(new ByteArrayInputStream(sealedNotice)));
        time(phases, "seal: SM2 signature of the file", () -> seal.sm2Sign(sealedNotice));
        time(phases, "seal notice (whole PdfSealer.seal)", () -> sealer.seal(
            noticePdf, 0, LicencePdf.sealArea(), "受理通知书", AT));
        time(phases, "NOTICE render + seal", () -> sealNotice(sealer));
        time(phases, "LICENCE render + seal", () -> sealLicence(sealer));
      }
    }
    System.out.printf(Locale.ROOT, "%-46s %8s %8s %6s%n", "phase (1 thread, ms)", "p50", "p95", "n");
    phases.forEach(
        (name, phase) ->
            System.out.printf(
                Locale.ROOT, "%-46s %8.1f %8.1f %6d%n", name, phase.p(50), phase.p(95), phase.n()));
    throughput(sealer, threads, iterations);
  }

  /** Sealed notices and licences, alternating, from {@code threads} threads at once. */
  private static void throughput(PdfSealer sealer, int threads, int perThread) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Phase all = new Phase();
      long start = System.nanoTime();
      List<Future<Phase>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(
            pool.submit(
                () -> {
                  Phase mine = new Phase();
                  for (int i = 0; i < perThread; i++) {
                    long begin = System.nanoTime();
                    if (i % 2 == 0) {
                      sealNotice(sealer);
                    } else {
                      sealLicence(sealer);
                    }
                    mine.add(System.nanoTime() - begin);
                  }
                  return mine;
                }));
      }
      for (Future<Phase> f : done) {
        all.addAll(f.get());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%d threads: render + seal p50 %.1f ms, p95 %.1f ms, %.1f documents/s (%d documents)%n",
          threads,
          all.p(50),
          all.p(95),
          all.n() / seconds,
          all.n());
    } finally {
      pool.shutdown();
    }
  }

  private static SealedPdf sealNotice(PdfSealer sealer) {
    RenderedDocument rendered = NoticePdf.render(notice());
    return sealer.seal(rendered.pdf(), rendered.sealPage(), rendered.sealArea(), "准予许可决定", AT);
  }

  private static SealedPdf sealLicence(PdfSealer sealer) {
    return sealer.seal(SealFixtures.licence(), 0, LicencePdf.stampArea(), "核发营业执照", AT);
  }

  private static void check(SealVerifier verifier, SealedPdf sealed, String what) throws IOException {
    if (!verifier.check(sealed.pdf()).valid()
        || !verifier.verifySm2(sealed.pdf(), sealed.sm2Signature())) {
      throw new IllegalStateException(
          "the sealed " + what + " does not verify: " + verifier.check(sealed.pdf()));
    }
    try (PDDocument document = Loader.loadPDF(sealed.pdf())) {
      System.out.printf(
          Locale.ROOT,
          "sealed %s verifies: %d bytes, %d page(s)%n",
          what,
          sealed.pdf().length,
          document.getNumberOfPages());
    }
  }

  static NoticeSheet notice() {
    return new NoticeSheet(
        BUREAU,
        "晋审批许字〔2026〕XK20261127000001号",
        "准予行政许可决定书",
        "太原瑞祥餐饮有限公司",
        List.of(
            "你（单位）于2026年11月27日提出的食品经营许可申请，本机关已于2026年11月27日受理。",
            "经审查，你（单位）的申请符合《中华人民共和国行政许可法》和《食品经营许可和备案管理办法》的规定，"
                + "本机关决定准予行政许可，核发食品经营许可证。",
            "如不服本决定，可以自收到本决定书之日起六十日内向山西省人民政府申请行政复议，"
                + "或者在六个月内依法向人民法院提起行政诉讼。"),
        LocalDate.of(2026, 11, 27),
        "http://localhost:8080/verify.xhtml?document=Qm9uam91ciBsZSBtb25kZQ");
  }

  private interface Step {
    void run() throws Exception;
  }

  private static void time(Map<String, Phase> phases, String name, Step step) throws Exception {
    long begin = System.nanoTime();
    step.run();
    phases.computeIfAbsent(name, k -> new Phase()).add(System.nanoTime() - begin);
  }

  /** Durations of one phase in nanoseconds. */
  private static final class Phase {
    private long[] nanos = new long[64];
    private int n;

    void add(long value) {
      if (n == nanos.length) {
        nanos = Arrays.copyOf(nanos, n * 2);
      }
      nanos[n++] = value;
    }

    void addAll(Phase other) {
      for (int i = 0; i < other.n; i++) {
        add(other.nanos[i]);
      }
    }

    int n() {
      return n;
    }

    /** The {@code percent} percentile in milliseconds (nearest rank). */
    double p(int percent) {
      long[] sorted = Arrays.copyOf(nanos, n);
      Arrays.sort(sorted);
      int rank = Math.max(1, (int) Math.ceil(percent / 100.0 * n));
      return sorted[rank - 1] / 1e6;
    }
  }
}
