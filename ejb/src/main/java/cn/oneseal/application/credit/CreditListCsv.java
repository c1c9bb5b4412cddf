package cn.oneseal.application.credit;

import cn.oneseal.domain.shared.DomainException.Detail;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the CSV file of the dishonesty register (RFC 4180: comma-separated, fields with commas,
 * quotes or line breaks in double quotes, a quote doubled inside; UTF-8, a byte-order mark
 * allowed). The first line names the columns, in any order: {@code creditCode, identityNumber,
 * name, authority, listedOn, endsOn, reason}. Every problem of the file is reported at once, each
 * with its line ({@code lines[3].listedOn}, counting the header as line 1).
 */
public final class CreditListCsv {

  public static final List<String> COLUMNS =
      List.of("creditCode", "identityNumber", "name", "authority", "listedOn", "endsOn", "reason");

  /** A file larger than this is not a list one imports at once. */
  public static final int MAX_ROWS = 5000;

  /** The rows read, numbered by their line, and the problems of the file's shape. */
  public record Parsed(List<Row> rows, List<Detail> problems) {}

  /** One data row, with the line it started on. */
  public record Row(int line, ListingInput input) {}

  private CreditListCsv() {}

  public static Parsed parse(String text) {
    List<Detail> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    String body = text == null ? "" : text;
    if (body.startsWith("\uFEFF")) {
      body = body.substring(1);
    }
    List<Record> records = new ArrayList<>();
    if (!split(body, records)) {
      problems.add(
          Detail.of(
              "lines[" + (records.isEmpty() ? 1 : records.get(records.size() - 1).line) + "]",
              "error.creditList.csvQuote"));
    }
    records.removeIf(r -> r.fields.size() == 1 && r.fields.get(0).isBlank());
    if (records.isEmpty()) {
      problems.add(Detail.of("file", "error.creditList.empty"));
      return new Parsed(rows, problems);
    }
    Record header = records.get(0);
    int[] index = new int[COLUMNS.size()];
    java.util.Arrays.fill(index, -1);
    for (int i = 0; i < header.fields.size(); i++) {
      String name = header.fields.get(i).strip();
      int column = indexOfIgnoreCase(name);
      if (column < 0) {
        problems.add(
            Detail.of(
                "lines[1]", "error.creditList.unknownColumn", name, String.join(", ", COLUMNS)));
      } else if (index[column] >= 0) {
        problems.add(Detail.of("lines[1]", "error.creditList.duplicateColumn", name));
      } else {
        index[column] = i;
      }
    }
    for (String needed : List.of("name", "authority", "listedOn", "reason")) {
      if (index[COLUMNS.indexOf(needed)] < 0) {
        problems.add(Detail.of("lines[1]", "error.creditList.missingColumn", needed));
      }
    }
    if (index[0] < 0 && index[1] < 0) {
      problems.add(Detail.of("lines[1]", "error.creditList.missingColumn", "creditCode"));
    }
    if (!problems.isEmpty()) {
      return new Parsed(rows, problems);
    }
    if (records.size() - 1 > MAX_ROWS) {
      problems.add(Detail.of("file", "error.creditList.tooManyRows", MAX_ROWS));
      return new Parsed(rows, problems);
    }
    if (records.size() == 1) {
      problems.add(Detail.of("file", "error.creditList.empty"));
    }
    for (Record r : records.subList(1, records.size())) {
      if (r.fields.size() != header.fields.size()) {
        problems.add(
            Detail.of(
                "lines[" + r.line + "]",
                "error.creditList.columnCount",
                r.fields.size(),
                header.fields.size()));
        continue;
      }
      rows.add(
          new Row(
              r.line,
              new ListingInput(
                  value(r, index[0]),
                  value(r, index[1]),
                  value(r, index[2]),
                  value(r, index[3]),
                  value(r, index[4]),
                  value(r, index[5]),
                  value(r, index[6]))));
    }
    return new Parsed(rows, problems);
  }

  private static int indexOfIgnoreCase(String name) {
    for (int i = 0; i < COLUMNS.size(); i++) {
      if (COLUMNS.get(i).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
        return i;
      }
    }
    return -1;
  }

  private static String value(Record r, int index) {
    return index < 0 ? null : r.fields.get(index);
  }

  private static final class Record {
    final int line;
    final List<String> fields = new ArrayList<>();

    Record(int line) {
      this.line = line;
    }
  }

  /** Splits into records; answers false when a quoted field never closes. */
  private static boolean split(String text, List<Record> records) {
    int line = 1;
    Record record = new Record(line);
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      any = true;
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        record.fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        record.fields.add(field.toString());
        field.setLength(0);
        records.add(record);
        line++;
        record = new Record(line);
        any = false;
      } else {
        field.append(c);
      }
    }
    if (any || !field.isEmpty() || !record.fields.isEmpty()) {
      record.fields.add(field.toString());
      records.add(record);
    }
    return !quoted;
  }
}
