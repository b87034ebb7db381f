package fr.copilote.model.testing;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties Copilote's tables and the job repository, for tests that share one database. */
public final class Tables {

    private static final String[] ALL = {
            "audit_event", "indicator_value", "consolidation_member", "consolidation_source", "consolidation_run",
            "import_reject", "import_warning", "activity", "objective", "convention", "territory_membership", "official_statistic",
            "legal_entity", "establishment", "unread_column", "import_file", "ignored_file",
            "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION_CONTEXT",
            "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE"};

    private Tables() {
    }

    public static void empty(JdbcTemplate jdbc) {
        for (String table : ALL) {
            jdbc.update("DELETE FROM " + table);
        }
    }
}
