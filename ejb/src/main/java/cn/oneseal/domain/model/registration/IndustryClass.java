package cn.oneseal.domain.model.registration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A class (小类) of the national industry classification GB/T 4754-2017: the four-digit code each
 * business-scope line carries and that decides its follow-up permits. {@link #ALL} is the list the
 * one form offers: a partial list (the classes the follow-up permit decision names and those small
 * businesses register most, from {@code industry-classes.tsv}), not the whole standard.
 */
public record IndustryClass(String code, String nameZh, String nameEn) implements Serializable {

  /** The classes offered, by code. */
  public static final List<IndustryClass> ALL = load();

  public static Optional<IndustryClass> of(String code) {
    return code == null
        ? Optional.empty()
        : ALL.stream().filter(c -> c.code.equals(code.strip())).findFirst();
  }

  /** The name in the reader's language (English, or else Chinese). */
  public String name(boolean english) {
    return english ? nameEn : nameZh;
  }

  private static List<IndustryClass> load() {
    List<IndustryClass> classes = new ArrayList<>();
    try (InputStream in = IndustryClass.class.getResourceAsStream("industry-classes.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        classes.add(new IndustryClass(cells[0].strip(), cells[1].strip(), cells[2].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(classes);
  }
}
