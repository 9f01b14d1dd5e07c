package dev.cvp.runner.faults;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One runner started as a child process, its console (stdout and stderr) going to a file. */
final class RunnerProcess {

    /** A runner that has not ended after this long is stuck: it is killed and the test fails. */
    private static final long STUCK_SECONDS = 240;

    private final Process process;
    private final Path output;

    RunnerProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** How a runner ended: its exit code and everything it printed. */
    record Result(int exitCode, String output) {
    }

    long pid() {
        return process.pid();
    }

    /** Whether it has a child process now (a cell, or one being started). */
    boolean hasChildren() {
        return process.children().findAny().isPresent();
    }

    /** What it has printed so far. */
    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for it to end. */
    Result await() {
        try {
            if (!process.waitFor(STUCK_SECONDS, TimeUnit.SECONDS)) {
                kill();
                fail("the runner (pid " + pid() + ") did not end; killed it. Output:\n" + output());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        return new Result(process.exitValue(), output());
    }

    /** SIGKILL, as the OOM killer or a lost session would. */
    Result killHard() {
        process.destroyForcibly();
        return await();
    }

    /** Kills it and everything it started that is still its descendant. */
    void kill() {
        List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.add(0, process.toHandle());
        Processes.killAll(all);
    }
}
