package cn.oneseal.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.oneseal.domain.model.statistics.Dimension;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.Group;
import cn.oneseal.domain.model.statistics.StatisticsRow;
import cn.oneseal.domain.model.statistics.StatisticsTable;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class StatisticsExportTest {

  private static final List<Figure> FIGURES =
      Arrays.stream(Figure.values()).filter(f -> f.appliesTo(Dimension.ITEM)).toList();

  private static StatisticsTable table() {
    Map<Figure, BigDecimal> a = new EnumMap<>(Figure.class);
    a.put(Figure.RECEIVED, BigDecimal.valueOf(3));
    a.put(Figure.ON_TIME_RATE, new BigDecimal("66.7"));
    Map<Figure, BigDecimal> total = new EnumMap<>(Figure.class);
    total.put(Figure.RECEIVED, BigDecimal.valueOf(3));
    return new StatisticsTable(
        LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 31),
        Dimension.ITEM,
        null,
        FIGURES,
        List.of(new StatisticsRow(new Group("XK-1", "食品经营许可, \"新\"", "Food"), a)),
        new StatisticsRow(Group.TOTAL, total));
  }

  private static ExportTexts texts() {
    return new ExportTexts(
        "统计监测 2026-03-01 – 2026-03-31",
        "事项",
        FIGURES.stream().collect(Collectors.toMap(f -> f, f -> "列" + f.id())),
        g -> g.labelZh(),
        "统计");
  }

  @Test
  void workbookHoldsTheTableAsNumbers() throws Exception {
    byte[] xlsx = StatisticsExport.xlsx(table(), texts());
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheet("统计");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("列received");
      assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("食品经营许可, \"新\"");
      assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(3.0);
      int onTime = FIGURES.indexOf(Figure.ON_TIME_RATE) + 1;
      assertThat(sheet.getRow(2).getCell(onTime).getNumericCellValue()).isEqualTo(66.7);
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("合计");
    }
  }

  @Test
  void csvHasABomAndQuotes() {
    String csv = new String(StatisticsExport.csv(table(), texts()), StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFF事项,列received,");
    assertThat(csv.split("\r\n")[1]).startsWith("\"食品经营许可, \"\"新\"\"\",3,");
    assertThat(csv.split("\r\n")[2]).startsWith("合计,3,");
    assertThat(StatisticsExport.quoted("=SUM(A1)")).isEqualTo("'=SUM(A1)");
    assertThat(StatisticsExport.quoted("-3")).isEqualTo("-3");
  }

  @Test
  void pdfIsAReadableReport() throws Exception {
    byte[] pdf = StatisticsExport.pdf(table(), texts());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("统计监测").contains("合计").contains("66.7");
    }
  }
}
