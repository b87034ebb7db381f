package fr.copilote.scheduler.operations;

import fr.copilote.model.text.FrenchDates;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admins' audit trail, in French: who launched, restarted, stopped, abandoned, recovered or purged what,
 * when, and with what outcome — refusals included. Kept in the database (shown by the console) and written to
 * the {@code copilote.audit} log ({@code logs/audit.log}).
 */
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger("copilote.audit");

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(Actor actor, String action, Long executionId, LocalDate businessDate, String outcome) {
        LocalDateTime now = LocalDateTime.now();
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor, channel, action, execution_id, business_date, outcome) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.valueOf(now), actor.name(), actor.channel().name(), action, executionId,
                        businessDate == null ? null : Date.valueOf(businessDate), outcome)
                .update();
        log.info("{} ({}) — {}{}{} : {}", actor.name(), actor.channel().label(), action,
                executionId == null ? "" : " exécution n° " + executionId,
                businessDate == null ? "" : " du " + businessDate.format(FrenchDates.DATE), outcome);
    }

    public List<AuditEvent> recent(int limit) {
        return jdbc.sql("SELECT occurred_at, actor, channel, action, execution_id, business_date, outcome FROM audit_event "
                        + "ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
                .query((rs, n) -> new AuditEvent(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2),
                        Actor.Channel.valueOf(rs.getString(3)).label(), rs.getString(4), (Long) rs.getObject(5, Long.class),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7)))
                .list();
    }
}
