package fr.copilote.importer.job;

import static org.assertj.core.api.Assertions.assertThat;

import fr.copilote.importer.support.ImportInChildJvm;
import fr.copilote.importer.support.InputFiles;
import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hard way: a JVM importing a large file is killed with SIGKILL (no shutdown hook, no rollback but the
 * database's own), then a new JVM launches the same date. It must end with exactly the rows of a clean run.
 */
class ImportKilledMidFileTests {

    private static final int ROWS = 400_000;

    @TempDir
    Path work;

    @Test
    void aJvmKilledMidFileThenRestartedEndsWithExactlyTheRowsOfACleanRun() throws Exception {
        Path input = InputFiles.write(work.resolve("entrees"), ROWS);
        Path database = work.resolve("base").resolve("copilote");

        Process first = child(database, input);
        long consumedAtKill = waitForProgressThenKill(first, database);
        assertThat(consumedAtKill).as("killed in the middle of the file").isBetween(2L, (long) ROWS);
        assertThat(query(database, "SELECT status FROM import_file WHERE kind = 'ACTIVITE'")).isEqualTo("LOADING");
        assertThat(query(database, "SELECT status FROM BATCH_JOB_EXECUTION")).isEqualTo("STARTED");

        Process second = child(database, input);
        assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();

        assertThat(second.exitValue()).isZero();
        String diagnosis = query(database, "SELECT LISTAGG(i.id || ':' || i.kind || ':' || i.status || ':' || i.lines_consumed || ':' "
                + "|| (SELECT COUNT(*) FROM activity a WHERE a.import_file_id = i.id) || ':' "
                + "|| (SELECT COALESCE(MIN(a.line_number), 0) || '-' || COALESCE(MAX(a.line_number), 0) FROM activity a "
                + "WHERE a.import_file_id = i.id), ' | ') FROM import_file i") + " ; tué à " + consumedAtKill;
        assertThat(query(database, "SELECT COUNT(*) FROM activity")).as(diagnosis).isEqualTo(String.valueOf(ROWS));
        assertThat(query(database, "SELECT COUNT(DISTINCT line_number) FROM activity")).as(diagnosis).isEqualTo(String.valueOf(ROWS));
        assertThat(query(database, "SELECT SUM(volume) FROM activity")).isEqualTo(String.valueOf(InputFiles.expectedVolume(ROWS)));
        assertThat(query(database, "SELECT rows_read || '/' || rows_accepted || '/' || status FROM import_file WHERE kind = 'ACTIVITE'"))
                .isEqualTo(ROWS + "/" + ROWS + "/PUBLISHED");
        assertThat(query(database, "SELECT COUNT(*) FROM BATCH_JOB_INSTANCE")).as("one date, one instance").isEqualTo("1");
    }

    private static Process child(Path database, Path input) throws Exception {
        java.nio.file.Files.createDirectories(database.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                ImportInChildJvm.class.getName(), database.toString(), input.toString(), "2024-12-31"))
                .redirectErrorStream(true)
                .redirectOutput(new File(database.getParent().toFile(), "child-" + System.nanoTime() + ".log"))
                .start();
    }

    /** Waits until some chunks of activity are committed, then kills the JVM like `kill -9`. */
    private static long waitForProgressThenKill(Process process, Path database) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && process.isAlive()) {
            String consumed = query(database, "SELECT MAX(lines_consumed) FROM import_file WHERE kind = 'ACTIVITE' AND status = 'LOADING'");
            if (consumed != null && Long.parseLong(consumed) > 20_000) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                return Long.parseLong(consumed);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("l'import n'a pas progressé comme prévu (processus vivant : " + process.isAlive() + ")");
    }

    private static String query(Path database, String sql) throws SQLException {
        // IFEXISTS: the test must never create the database the child is about to create.
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE", "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            if (e.getMessage().contains("not found")) {
                return null;
            }
            throw e;
        }
    }
}
