package cn.oneseal.domain.model.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;

/**
 * One word of the vocabulary the name rules read: a division, an industry term, an organisation
 * form, a forbidden word or a restricted prefix. Kept as data because the lists change with policy,
 * not with releases.
 */
@Entity
@Table(name = "name_word")
public class NameWord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  @Size(max = 64)
  private String word;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private WordCategory category;

  protected NameWord() {}

  public NameWord(String word, WordCategory category) {
    this.word = word;
    this.category = category;
  }

  public Long getId() {
    return id;
  }

  public String getWord() {
    return word;
  }

  public WordCategory getCategory() {
    return category;
  }
}
