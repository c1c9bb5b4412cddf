package cn.oneseal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.oneseal.domain.model.application.CheckedUpload;
import cn.oneseal.domain.model.application.Upload;
import cn.oneseal.domain.model.application.UploadLimits;
import cn.oneseal.domain.model.catalog.FileType;
import cn.oneseal.domain.model.catalog.MaterialForm;
import cn.oneseal.domain.model.catalog.MaterialRequirement;
import cn.oneseal.domain.shared.DomainException;
import cn.oneseal.infrastructure.files.SampleFiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a citizen or an officer hands in is taken for what its bytes are: the stored type is the
 * detected one, a disguised file is refused with what it is and what was allowed, and a form beyond
 * its limits is refused with the limit — nothing of a refused form is kept.
 */
class UploadCheckTest {

  private static final UploadLimits LIMITS = new UploadLimits(3, 1024, 2048);

  private final UploadCheck check = new UploadCheck(LIMITS);

  private static final MaterialRequirement LICENCE = requirement("business-licence");

  private static final MaterialRequirement PREMISES_PHOTO = requirement("premises-photo");

  static {
    PREMISES_PHOTO.allow(List.of(FileType.JPEG, FileType.PNG));
  }

  private static final List<MaterialRequirement> ITEM = List.of(LICENCE, PREMISES_PHOTO);

  @Test
  void aGoodPdfIsKeptUnderItsSafeNameWithTheDetectedType() {
    List<CheckedUpload> kept =
        check.materials(
            List.of(
                new Upload(
                    "business-licence",
                    "C:\\fakepath\\营业执照副本.pdf",
                    "image/png",
                    SampleFiles.pdf())),
            ITEM,
            "materials");

    assertThat(kept).hasSize(1);
    CheckedUpload file = kept.get(0);
    assertThat(file.fileName()).isEqualTo("营业执照副本.pdf");
    assertThat(file.contentType()).isEqualTo("application/pdf");
    assertThat(file.requirement()).isEqualTo("business-licence");
    assertThat(file.content()).isEqualTo(SampleFiles.pdf());
  }

  @Test
  void aClaimedTypeIsReplacedByWhatTheBytesAre() {
    CheckedUpload photo =
        check
            .materials(
                List.of(
                    new Upload(null, "门头照片.jpg", "application/octet-stream", SampleFiles.png())),
                ITEM,
                "materials")
            .get(0);

    assertThat(photo.contentType()).isEqualTo("image/png");
    assertThat(photo.fileName()).isEqualTo("门头照片.jpg");
  }

  @Test
  void aRenamedExecutableIsRefusedWithWhatItIsAndWhatIsAllowed() {
    for (byte[] executable : List.of(SampleFiles.windowsExecutable(), SampleFiles.elf())) {
      DomainException refused =
          refusal(List.of(new Upload(null, "营业执照.pdf", "application/pdf", executable)), ITEM);

      DomainException.Detail problem = refused.details().get(0);
      assertThat(problem.code()).isEqualTo("error.upload.typeNotAllowed");
      assertThat(problem.field()).isEqualTo("materials[0]");
      assertThat(problem.arguments()[0]).isEqualTo("营业执照.pdf");
      assertThat(String.valueOf(problem.arguments()[1])).startsWith("application/x-");
      assertThat(problem.arguments()[2]).isEqualTo("PDF, JPEG, PNG");
    }
  }

  @Test
  void aWebPageNamedPdfIsRefused() {
    DomainException refused =
        refusal(
            List.of(
                new Upload(
                    "business-licence", "licence.pdf", "application/pdf", SampleFiles.html())),
            ITEM);

    assertThat(refused.code()).isEqualTo("error.upload.typeNotAllowed");
    assertThat(refused.details().get(0).arguments())
        .containsExactly("licence.pdf", "text/html", "PDF, JPEG, PNG");
  }

  @Test
  void aMaterialAllowsOnlyItsOwnTypes() {
    DomainException refused =
        refusal(
            List.of(
                new Upload("premises-photo", "photo.pdf", "application/pdf", SampleFiles.pdf())),
            ITEM);

    assertThat(refused.details().get(0).arguments())
        .containsExactly("photo.pdf", "PDF", "JPEG, PNG");
  }

  @Test
  void aFileNamingAMaterialTheItemDoesNotListIsRefused() {
    DomainException refused =
        refusal(
            List.of(new Upload("x".repeat(300), "plan.pdf", "application/pdf", SampleFiles.pdf())),
            ITEM);

    DomainException.Detail problem = refused.details().get(0);
    assertThat(problem.code()).isEqualTo("error.upload.unknownRequirement");
    assertThat(problem.field()).isEqualTo("materials[0].requirement");
    assertThat(String.valueOf(problem.arguments()[1])).hasSizeLessThan(70);
  }

  @Test
  void tooManyFilesAreRefusedWithTheLimitBeforeAnyIsRead() {
    List<Upload> four = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      four.add(new Upload(null, i + ".pdf", "application/pdf", SampleFiles.pdf()));
    }

    DomainException refused = refusal(four, ITEM);

    assertThat(refused.code()).isEqualTo("error.upload.tooMany");
    assertThat(refused.details().get(0).field()).isEqualTo("materials");
    assertThat(refused.details().get(0).arguments()).containsExactly(3, 4);
  }

  @Test
  void aFileOverTheLimitIsRefusedWithTheLimit() {
    byte[] large = Arrays.copyOf(SampleFiles.pdf(), 1025);

    DomainException refused =
        refusal(List.of(new Upload(null, "big.pdf", "application/pdf", large)), ITEM);

    assertThat(refused.code()).isEqualTo("error.upload.tooLarge");
    assertThat(refused.details().get(0).arguments()[0]).isEqualTo("big.pdf");
  }

  @Test
  void filesTogetherOverTheTotalAreRefusedWithTheTotalLimit() {
    byte[] almostFull = Arrays.copyOf(SampleFiles.pdf(), 1000);
    List<Upload> three =
        List.of(
            new Upload(null, "a.pdf", null, almostFull),
            new Upload(null, "b.pdf", null, almostFull),
            new Upload(null, "c.pdf", null, almostFull));

    DomainException refused = refusal(three, ITEM);

    assertThat(refused.code()).isEqualTo("error.upload.totalTooLarge");
    assertThat(refused.details().get(0).field()).isEqualTo("materials");
  }

  @Test
  void everyProblemOfTheFormIsNamedAtOnce() {
    DomainException refused =
        refusal(
            Arrays.asList(
                new Upload(null, "good.pdf", null, SampleFiles.pdf()),
                new Upload(null, "../..", null, SampleFiles.pdf()),
                null,
                new Upload(null, "page.pdf", null, SampleFiles.html())),
            List.of(LICENCE),
            new UploadLimits(10, 1024, 4096));

    assertThat(refused.details())
        .extracting(DomainException.Detail::field, DomainException.Detail::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("materials[1]", "error.upload.empty"),
            org.assertj.core.groups.Tuple.tuple("materials[2]", "error.upload.empty"),
            org.assertj.core.groups.Tuple.tuple("materials[3]", "error.upload.typeNotAllowed"));
  }

  @Test
  void photosAreImagesOnlyAndKeptUnderTheInspectionsCode() {
    List<CheckedUpload> photos =
        check.photos(
            List.of(new Upload("anything", "现场.webp", null, SampleFiles.webp())),
            "site-inspection-photo",
            "photos");
    assertThat(photos.get(0).requirement()).isEqualTo("site-inspection-photo");
    assertThat(photos.get(0).contentType()).isEqualTo("image/webp");

    assertThatThrownBy(
            () ->
                check.photos(
                    List.of(new Upload(null, "report.png", "image/png", SampleFiles.pdf())),
                    "site-inspection-photo",
                    "photos"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.details().get(0).field()).isEqualTo("photos[0]");
              assertThat(e.details().get(0).arguments())
                  .containsExactly("report.png", "PDF", "JPEG, PNG, WebP");
            });
  }

  @Test
  void noFilesIsNoProblem() {
    assertThat(check.materials(null, ITEM, "materials")).isEmpty();
    assertThat(check.materials(List.of(), ITEM, "materials")).isEmpty();
  }

  private DomainException refusal(List<Upload> uploads, List<MaterialRequirement> item) {
    return refusal(uploads, item, LIMITS);
  }

  private static DomainException refusal(
      List<Upload> uploads, List<MaterialRequirement> item, UploadLimits limits) {
    try {
      new UploadCheck(limits).materials(uploads, item, "materials");
    } catch (DomainException e) {
      assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
      return e;
    }
    throw new AssertionError("the upload was not refused: " + uploads);
  }

  private static MaterialRequirement requirement(String code) {
    return new MaterialRequirement(
        code, code, code, MaterialForm.ELECTRONIC, 1, true, null, null, null);
  }
}
