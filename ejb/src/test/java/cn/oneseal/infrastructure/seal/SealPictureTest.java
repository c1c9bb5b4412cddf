package cn.oneseal.infrastructure.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/** The seal image compressed once shows in every document exactly as drawn, transparency too. */
class SealPictureTest {

  @Test
  void everyCopyShowsTheSealPixelForPixelWithItsTransparency() throws Exception {
    byte[] png = SealImage.png(SealFixtures.BUREAU, 300);
    BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(png));
    SealPicture picture = SealPicture.of(png);
    try (PDDocument one = new PDDocument();
        PDDocument other = new PDDocument()) {
      PDImageXObject first = picture.copyInto(one);
      PDImageXObject second = picture.copyInto(other);
      assertThat(first.getCOSObject()).isNotSameAs(second.getCOSObject());
      assertThat(first.getSoftMask()).as("the transparency of the seal").isNotNull();
      for (PDImageXObject copy : new PDImageXObject[] {first, second}) {
        BufferedImage shown = copy.getImage();
        assertThat(shown.getWidth()).isEqualTo(drawn.getWidth());
        assertThat(shown.getHeight()).isEqualTo(drawn.getHeight());
        int transparent = 0;
        for (int x = 0; x < drawn.getWidth(); x++) {
          for (int y = 0; y < drawn.getHeight(); y++) {
            int expected = drawn.getRGB(x, y);
            if (expected >>> 24 == 0) {
              transparent++;
              assertThat(shown.getRGB(x, y) >>> 24).isZero();
            } else {
              assertThat(shown.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected);
            }
          }
        }
        assertThat(transparent).as("paper around the seal").isPositive();
      }
    }
  }
}
