package cn.oneseal.application.statistics;

import cn.oneseal.application.documents.EmbeddedFont;
import cn.oneseal.domain.model.statistics.Figure;
import cn.oneseal.domain.model.statistics.StatisticsRow;
import cn.oneseal.domain.model.statistics.StatisticsTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The statistics table as a file: an Excel workbook (numbers as numbers), CSV (UTF-8 with a byte
 * order mark, so that Excel reads the Chinese right; RFC 4180 quoting) and a PDF report with the
 * embedded CJK font (a report, not sealed). All three carry the same rows: the groups, then the
 * total; a figure without value is an empty cell.
 */
public final class StatisticsExport {

  private static final char BOM = '\uFEFF';

  private StatisticsExport() {}

  private static List<StatisticsRow> rows(StatisticsTable table) {
    List<StatisticsRow> rows = new ArrayList<>(table.rows());
    rows.add(table.total());
    return rows;
  }

  private static String text(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  /** An Excel workbook (.xlsx): a title row, a header row, one row per group and the total. */
  public static byte[] xlsx(StatisticsTable table, ExportTexts texts) {
    try (Workbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet(texts.sheetName());
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      sheet.createRow(0).createCell(0).setCellValue(texts.title());
      Row header = sheet.createRow(1);
      header.createCell(0).setCellValue(texts.groupHeader());
      int c = 1;
      for (Figure f : table.figures()) {
        header.createCell(c++).setCellValue(texts.figureHeaders().get(f));
      }
      header.forEach(cell -> cell.setCellStyle(bold));
      int r = 2;
      for (StatisticsRow row : rows(table)) {
        Row line = sheet.createRow(r++);
        line.createCell(0).setCellValue(texts.groupLabel().apply(row.group()));
        c = 1;
        for (Figure f : table.figures()) {
          Cell cell = line.createCell(c++);
          BigDecimal v = row.value(f);
          if (v != null) {
            cell.setCellValue(v.doubleValue());
          }
        }
      }
      sheet.setColumnWidth(0, 40 * 256);
      for (int i = 1; i <= table.figures().size(); i++) {
        sheet.setColumnWidth(i, 14 * 256);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** CSV, UTF-8 with a byte order mark, lines ended by CRLF, a header line then the rows. */
  public static byte[] csv(StatisticsTable table, ExportTexts texts) {
    StringBuilder csv = new StringBuilder().append(BOM);
    List<String> header = new ArrayList<>();
    header.add(texts.groupHeader());
    table.figures().forEach(f -> header.add(texts.figureHeaders().get(f)));
    line(csv, header);
    for (StatisticsRow row : rows(table)) {
      List<String> cells = new ArrayList<>();
      cells.add(texts.groupLabel().apply(row.group()));
      table.figures().forEach(f -> cells.add(text(row.value(f))));
      line(csv, cells);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(quoted(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /**
   * RFC 4180: quoted when it holds a comma, a quote or a line break; a leading = + - @ is escaped.
   */
  static String quoted(String cell) {
    String value = cell == null ? "" : cell;
    if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !isNumber(value)) {
      value = "'" + value; // no formula injection when a spreadsheet opens it
    }
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return '"' + value.replace("\"", "\"\"") + '"';
    }
    return value;
  }

  private static boolean isNumber(String value) {
    try {
      new BigDecimal(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static final float MARGIN = 36;
  private static final float SIZE = 8;
  private static final float LINE = 14;

  /** A PDF report on landscape A4 pages, the header repeated on each page. */
  public static byte[] pdf(StatisticsTable table, ExportTexts texts) {
    try (EmbeddedFont lent = EmbeddedFont.borrow();
        PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDFont font = lent.loadInto(document);
      PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
      float width = size.getWidth() - 2 * MARGIN;
      int columns = table.figures().size();
      float groupWidth = width * 0.25f;
      float cellWidth = (width - groupWidth) / Math.max(columns, 1);
      List<String> header = new ArrayList<>();
      table.figures().forEach(f -> header.add(texts.figureHeaders().get(f)));
      List<StatisticsRow> rows = rows(table);
      int index = 0;
      do {
        PDPage page = new PDPage(size);
        document.addPage(page);
        try (PDPageContentStream s = new PDPageContentStream(document, page)) {
          float y = size.getHeight() - MARGIN;
          write(s, font, 12, MARGIN, y, fit(font, 12, texts.title(), width));
          y -= LINE * 2;
          write(s, font, SIZE, MARGIN, y, fit(font, SIZE, texts.groupHeader(), groupWidth - 4));
          for (int i = 0; i < columns; i++) {
            write(
                s,
                font,
                SIZE,
                MARGIN + groupWidth + i * cellWidth,
                y,
                fit(font, SIZE, header.get(i), cellWidth - 4));
          }
          y -= 4;
          s.moveTo(MARGIN, y);
          s.lineTo(MARGIN + width, y);
          s.stroke();
          y -= LINE;
          while (index < rows.size() && y > MARGIN) {
            StatisticsRow row = rows.get(index++);
            write(
                s,
                font,
                SIZE,
                MARGIN,
                y,
                fit(font, SIZE, texts.groupLabel().apply(row.group()), groupWidth - 4));
            for (int i = 0; i < columns; i++) {
              write(
                  s,
                  font,
                  SIZE,
                  MARGIN + groupWidth + i * cellWidth,
                  y,
                  text(row.value(table.figures().get(i))));
            }
            y -= LINE;
          }
        }
      } while (index < rows.size());
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(
      PDPageContentStream s, PDFont font, float size, float x, float y, String text)
      throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(text);
    s.endText();
  }

  /** The text cut (with …) to fit the width; characters the font lacks become a question mark. */
  private static String fit(PDFont font, float size, String text, float width) throws IOException {
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String ch = new String(Character.toChars(cp));
      String shown;
      try {
        font.encode(ch);
        shown = ch;
      } catch (IllegalArgumentException | IOException e) {
        shown = "?";
      }
      if (font.getStringWidth(kept + shown + "…") / 1000 * size > width) {
        return kept + "…";
      }
      kept.append(shown);
      i += Character.charCount(cp);
    }
    return kept.toString();
  }
}
