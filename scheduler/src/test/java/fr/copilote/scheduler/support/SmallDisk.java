package fr.copilote.scheduler.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A small disk of its own (a tmpfs) mounted on a folder, to fill up for real. Needs root, as CI has: elsewhere the test
 * is skipped with the reason, and {@code .ci/run} checks that it ran.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path folder;

    private SmallDisk(Path folder) {
        this.folder = folder;
    }

    public static SmallDisk mount(Path folder, String size) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        assumeTrue(mount("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString()),
                "petit disque (tmpfs) impossible à monter : il faut les droits root");
        return new SmallDisk(folder);
    }

    public void resize(String size) throws IOException, InterruptedException {
        if (!mount("mount", "-o", "remount,size=" + size, folder.toString())) {
            throw new IllegalStateException("tmpfs non agrandi : " + folder);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        mount("umount", folder.toString());
    }

    private static boolean mount(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    }
}
