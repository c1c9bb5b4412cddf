package cn.oneseal.infrastructure.seal;

import static cn.oneseal.infrastructure.seal.SealFixtures.BUREAU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SealImageTest {

  /** For people to look at: ejb/target/seal-image.png. */
  private static final Path SAMPLE = Path.of("target", "seal-image.png");

  @Test
  void theSealIsASquareRedStampOnATransparentBackground() throws IOException {
    byte[] png = SealImage.png(BUREAU, 600);
    Files.createDirectories(SAMPLE.getParent());
    Files.write(SAMPLE, png);

    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));

    assertThat(image.getWidth()).isEqualTo(600);
    assertThat(image.getHeight()).isEqualTo(600);
    assertThat(image.getColorModel().hasAlpha()).isTrue();
    for (int[] corner : new int[][] {{0, 0}, {599, 0}, {0, 599}, {599, 599}, {80, 80}}) {
      assertThat(alpha(image.getRGB(corner[0], corner[1]))).as("corner %s", corner).isZero();
    }
    // the rim crosses the middle of the left edge, the star fills the centre
    assertThat(isInk(image.getRGB(5, 300))).isTrue();
    assertThat(isInk(image.getRGB(300, 300))).isTrue();
    assertThat(inkShare(image)).isBetween(0.12, 0.45);
  }

  @Test
  void onlyTheOpacityDrawsTheSealSoThatAPdfKeepsOneColour() throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(SealImage.png(BUREAU, 600)));
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y) & 0x00FFFFFF);
      }
    }
    assertThat(colours).containsExactly(0xD81E2A);
  }

  @Test
  void theNameRunsAlongTheUpperArcAndThePurposeBelowTheStar() throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(SealImage.png(BUREAU, 600)));
    BufferedImage nameless = ImageIO.read(new ByteArrayInputStream(SealImage.png("局", 600)));

    // a long name puts ink at both ends of the arc, a one-character name only at its top
    assertThat(inkIn(image, 60, 200, 60, 60)).isPositive();
    assertThat(inkIn(image, 480, 200, 60, 60)).isPositive();
    assertThat(inkIn(nameless, 60, 200, 60, 60)).isZero();
    // 行政审批专用章 below the star
    assertThat(inkIn(image, 180, 390, 240, 70)).isGreaterThan(1500);
  }

  @Test
  void refusesWhatCannotBeALegibleSeal() {
    assertThatThrownBy(() -> SealImage.png(" ", 600)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SealImage.png(BUREAU, 20))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int alpha(int argb) {
    return argb >>> 24;
  }

  /** Mostly opaque and red: the red channel well above green and blue. */
  private static boolean isInk(int argb) {
    int red = (argb >> 16) & 0xFF;
    int green = (argb >> 8) & 0xFF;
    int blue = argb & 0xFF;
    return alpha(argb) > 200 && red > 180 && green < 80 && blue < 80;
  }

  private static int inkIn(BufferedImage image, int x, int y, int width, int height) {
    int ink = 0;
    for (int i = x; i < x + width; i++) {
      for (int j = y; j < y + height; j++) {
        if (isInk(image.getRGB(i, j))) {
          ink++;
        }
      }
    }
    return ink;
  }

  private static double inkShare(BufferedImage image) {
    return (double) inkIn(image, 0, 0, image.getWidth(), image.getHeight())
        / (image.getWidth() * image.getHeight());
  }
}
