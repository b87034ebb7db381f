package fr.copilote.scheduler.bench;

import java.nio.file.Path;

/** The H2 database of a benchmark: a file, with the durability Copilote ships with, so the figures are those of a real night. */
final class BenchH2 {

    private BenchH2() {
    }

    /**
     * WRITE_DELAY=0 as in application.yml (a commit is on disk when it returns); AUTO_SERVER so that the bench can read
     * the database the measured run holds open.
     */
    static String url(Path database) {
        return "jdbc:h2:file:" + database + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
    }
}
