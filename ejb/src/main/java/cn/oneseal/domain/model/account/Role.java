package cn.oneseal.domain.model.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * The roles of docs/domain.md §3. Only the {@link #DIRECTOR} decides and so causes the bureau seal
 * to be applied; the {@link #SUPERVISOR} reads everything and changes nothing.
 */
public enum Role {
  CITIZEN("citizen"),
  CLERK("clerk"),
  OFFICER("officer"),
  /** 科长: checks the section's work, sees its workload and reassigns its tasks. */
  CHIEF("chief"),
  DIRECTOR("director"),
  SUPERVISOR("supervisor"),
  ADMIN("admin");

  private final String id;

  Role(String id) {
    this.id = id;
  }

  /** The name used in the database, in security checks and as the process candidate group. */
  public String id() {
    return id;
  }

  public boolean isStaff() {
    return this == CLERK || this == OFFICER || this == CHIEF || this == DIRECTOR;
  }

  /**
   * Whether the process gives tasks to this role (it is a candidate group of user tasks): the
   * window, the case officers and the director. A chief works the section's tasks as an officer.
   */
  public boolean worksTasks() {
    return this == CLERK || this == OFFICER || this == DIRECTOR;
  }

  public static Optional<Role> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
