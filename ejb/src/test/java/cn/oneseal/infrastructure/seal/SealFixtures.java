package cn.oneseal.infrastructure.seal;

import cn.oneseal.application.documents.LicencePdf;
import cn.oneseal.application.documents.LicenceSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Documents and names for the seal tests. */
final class SealFixtures {

  static final String BUREAU = "山西省行政审批服务管理局";
  static final char[] PASSWORD = "demo-seal-password".toCharArray();
  static final String LOCATION = "山西省太原市";
  static final String REASON = "核发营业执照";

  private SealFixtures() {}

  /** A licence as the application renders it, to be sealed in {@link LicencePdf#sealArea()}. */
  static byte[] licence() {
    return LicencePdf.render(
        new LicenceSheet(
            "91350100M000100Y43",
            "太原晋创数字科技有限公司",
            "有限责任公司（自然人投资或控股）",
            "王建国",
            "法定代表人",
            "壹佰万元整",
            LocalDate.of(2019, 3, 5),
            "2019年03月05日 至 长期",
            "山西省太原市小店区长治路123号晋创大厦15层1501室",
            "住所",
            "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务。",
            BUREAU,
            LocalDate.of(2026, 11, 27),
            "http://localhost:8180/verify/licence.xhtml?code=91350100M000100Y43"));
  }

  /** A small two-page PDF made with PDFBox. */
  static byte[] plainPdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (int i = 1; i <= 2; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
          content.newLineAtOffset(72, 700);
          content.showText("Page " + i);
          content.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
