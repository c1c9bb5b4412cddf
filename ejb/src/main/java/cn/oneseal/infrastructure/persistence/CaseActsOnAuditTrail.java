package cn.oneseal.infrastructure.persistence;

import cn.oneseal.application.ClientAddress;
import cn.oneseal.domain.model.application.HistoryEntry;
import cn.oneseal.domain.model.audit.AuditEntry;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Puts every act on a case — each entry of its history: the filing, each task act with its outcome
 * and opinion, a return, a withdrawal, a timer's flag — on the audit trail as well, in the same
 * transaction, whichever service or process step appended it (registered for {@link HistoryEntry}
 * in {@code META-INF/orm.xml}).
 *
 * <p>A JPA callback may not use the entity manager, so the line is inserted through the same
 * transactional data source: it commits and rolls back with the act.
 */
public class CaseActsOnAuditTrail {

  private static final String DATA_SOURCE = "java:jboss/datasources/OneSealDS";

  private static final String INSERT =
      "insert into audit_log (occurred_at, actor, action, subject_type, subject_id, detail, kind,"
          + " application_number, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private static final int DETAIL_LIMIT = 4000;

  private static volatile DataSource dataSource;

  public void recorded(HistoryEntry entry) {
    if (entry.getApplicationNumber() == null) {
      // the filing, stored before the application has its number: ApplicationService.submit puts
      // it on the trail once it has one
      return;
    }
    String detail = detail(entry);
    try (Connection connection = dataSource().getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      insert.setObject(1, OffsetDateTime.ofInstant(entry.getOccurredAt(), ZoneOffset.UTC));
      insert.setString(2, entry.getActor());
      insert.setString(3, "case." + entry.getAction());
      insert.setString(4, AuditEntry.APPLICATION);
      insert.setString(5, entry.getApplicationNumber());
      insert.setString(6, detail);
      insert.setString(7, AuditEntry.ACT);
      insert.setString(8, entry.getApplicationNumber());
      insert.setString(9, ClientAddress.current().map(CaseActsOnAuditTrail::limited).orElse(null));
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException(
          "could not put the act on the audit trail: " + entry.getApplicationNumber(), e);
    }
  }

  /** The step, the change of status and the opinion, as one line. */
  static String detail(HistoryEntry entry) {
    StringBuilder text = new StringBuilder(entry.getStep());
    if (entry.getFromStatus() != entry.getToStatus()) {
      text.append(' ')
          .append(entry.getFromStatus() == null ? "" : entry.getFromStatus().name())
          .append("→")
          .append(entry.getToStatus().name());
    }
    if (entry.getOpinion() != null && !entry.getOpinion().isBlank()) {
      text.append(": ").append(entry.getOpinion());
    }
    return text.length() <= DETAIL_LIMIT ? text.toString() : text.substring(0, DETAIL_LIMIT);
  }

  private static String limited(String address) {
    return address.length() <= 64 ? address : address.substring(0, 64);
  }

  private static DataSource dataSource() {
    DataSource found = dataSource;
    if (found == null) {
      try {
        found = javax.naming.InitialContext.doLookup(DATA_SOURCE);
      } catch (NamingException e) {
        throw new PersistenceException("the data source " + DATA_SOURCE + " is not bound", e);
      }
      dataSource = found;
    }
    return found;
  }
}
