package cn.oneseal.infrastructure.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tika's magic bytes tell each sample for what it is, whatever it might be called. */
class ContentDetectorTest {

  @Test
  void documentsAndImagesAreRecognised() {
    assertThat(ContentDetector.detect(SampleFiles.pdf())).isEqualTo("application/pdf");
    assertThat(ContentDetector.detect(SampleFiles.png())).isEqualTo("image/png");
    assertThat(ContentDetector.detect(SampleFiles.jpeg())).isEqualTo("image/jpeg");
    assertThat(ContentDetector.detect(SampleFiles.webp())).isEqualTo("image/webp");
  }

  @Test
  void executablesAreExecutables() {
    assertThat(ContentDetector.detect(SampleFiles.elf())).isEqualTo("application/x-executable");
    assertThat(ContentDetector.detect(SampleFiles.windowsExecutable()))
        .isEqualTo("application/x-msdownload");
  }

  @Test
  void aWebPageIsAWebPage() {
    assertThat(ContentDetector.detect(SampleFiles.html())).isEqualTo("text/html");
  }

  @Test
  void textAndArchivesAreNeitherDocumentsNorImages() {
    assertThat(ContentDetector.detect(SampleFiles.text())).isEqualTo("text/plain");
    assertThat(ContentDetector.detect(SampleFiles.zip())).isEqualTo("application/zip");
    assertThat(ContentDetector.detect(new byte[] {0x13, 0x37, 0x00, 0x42}))
        .isEqualTo("application/octet-stream");
  }
}
