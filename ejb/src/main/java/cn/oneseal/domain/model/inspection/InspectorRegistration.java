package cn.oneseal.domain.model.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An account of role {@code inspector} (执法检查人员) registered with its supervising department and
 * section, for that department's inspections; with the subjects (credit codes) it declared a
 * conflict of interest with.
 */
@Entity
@Table(name = "inspector_registration")
public class InspectorRegistration {

  @Id
  @Column(length = 64)
  @Size(max = 64)
  private String username;

  @Column(name = "department_code", nullable = false, length = 32)
  @Size(max = 32)
  private String departmentCode;

  @Column(name = "section_name", nullable = false, length = 64)
  @Size(max = 64)
  private String section;

  @Column(length = 4000)
  @Size(max = 4000)
  private String conflicts;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  protected InspectorRegistration() {}

  public InspectorRegistration(
      String username, String departmentCode, String section, Set<String> conflicts, Instant at) {
    this.username = username;
    this.departmentCode = departmentCode;
    this.section = section;
    this.conflicts = conflicts.isEmpty() ? null : String.join(",", conflicts);
    this.registeredAt = at;
  }

  /**
   * An administrator moves the inspector to another department or unit, or restates the conflicts.
   */
  public void change(String departmentCode, String section, Set<String> conflicts) {
    this.departmentCode = departmentCode;
    this.section = section;
    this.conflicts =
        conflicts.isEmpty() ? null : String.join(",", new java.util.TreeSet<>(conflicts));
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public String getUsername() {
    return username;
  }

  public String getDepartmentCode() {
    return departmentCode;
  }

  public String getSection() {
    return section;
  }

  public Set<String> conflicts() {
    return conflicts == null
        ? Set.of()
        : Arrays.stream(conflicts.split(",")).collect(Collectors.toUnmodifiableSet());
  }
}
