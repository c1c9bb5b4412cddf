package cn.oneseal.domain.model.registration;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The word lists the name rules read, by category; an administrator maintains them as data. */
public record NameVocabulary(Map<WordCategory, Set<String>> words) {

  public NameVocabulary {
    Map<WordCategory, Set<String>> copy = new EnumMap<>(WordCategory.class);
    words.forEach((category, list) -> copy.put(category, Set.copyOf(list)));
    words = Map.copyOf(copy);
  }

  public static NameVocabulary of(Collection<NameWord> words) {
    Map<WordCategory, Set<String>> byCategory = new EnumMap<>(WordCategory.class);
    for (NameWord word : words) {
      byCategory.computeIfAbsent(word.getCategory(), c -> new TreeSet<>()).add(word.getWord());
    }
    return new NameVocabulary(byCategory);
  }

  /** This vocabulary with {@code more} words of the category (e.g. the well-known marks). */
  public NameVocabulary with(WordCategory category, Collection<String> more) {
    Map<WordCategory, Set<String>> copy = new EnumMap<>(WordCategory.class);
    copy.putAll(words);
    Set<String> merged = new TreeSet<>(words(category));
    merged.addAll(more);
    copy.put(category, merged);
    return new NameVocabulary(copy);
  }

  public Set<String> words(WordCategory category) {
    return words.getOrDefault(category, Set.of());
  }

  public boolean contains(WordCategory category, String word) {
    return word != null && words(category).contains(word);
  }

  /**
   * The longest word of the category that occurs in the text (the longest explains the refusal
   * best: 风水大师 rather than a shorter word inside it).
   */
  public Optional<String> firstOccurrence(WordCategory category, String text) {
    return words(category).stream()
        .filter(text::contains)
        .max((a, b) -> a.length() != b.length() ? a.length() - b.length() : b.compareTo(a));
  }

  /** The word of the category that the text starts with, if any. */
  public Optional<String> prefixOf(WordCategory category, String text) {
    return words(category).stream()
        .filter(text::startsWith)
        .max((a, b) -> a.length() != b.length() ? a.length() - b.length() : b.compareTo(a));
  }
}
