package dev.cvp.io.server;

import dev.cvp.support.jvm.JvmCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link LatencyServer} in a child JVM, started from an argument list (no shell) with this
 * JVM's java, class path and processor count. Where the machine has CPUs the benchmark is not
 * pinned to, the child runs there ({@code taskset -c <the others>}, see {@link ServerPlacement}),
 * like a server on another machine, so its work never takes the measured cores; where it has
 * none, the child inherits the benchmark's pinning and shares its cores. Either way the start
 * prints one line saying which ({@link ServerPlacement#LINE}), into the benchmark's log. Client
 * and server each have their own open-file limit, so 10,000 connections fit where one JVM holding
 * both ends would need 20,000 descriptors.
 *
 * <p>The child stops when its standard input closes: on {@link #close()}, and also if this JVM
 * dies, so no server outlives its benchmark.
 */
public final class ServerProcess implements RunningServer {

    private static final long START_TIMEOUT_SECONDS = 60;
    private static final long ANSWER_TIMEOUT_SECONDS = 10;
    private static final String END_OF_OUTPUT = "\u0000end";

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final ServerPlacement placement;
    private InetSocketAddress address;

    private ServerProcess(Process process, ServerPlacement placement) {
        this.process = process;
        this.placement = placement;
        this.commands = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.reader = Thread.ofVirtual().name("latency-server-output").start(() -> {
            try (output) {
                for (String line; (line = output.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the child went away; END_OF_OUTPUT below tells the waiting side
            } finally {
                lines.add(END_OF_OUTPUT);
            }
        });
    }

    /**
     * Starts a server answering after {@code delayMillis}, off this JVM's CPUs where the machine
     * has others, waits until it listens, and prints where it runs on standard output.
     */
    public static ServerProcess start(long delayMillis) throws IOException {
        ServerProcess server = start(delayMillis, ServerPlacement.forThisJvm());
        System.out.println(server.placement().describe());
        return server;
    }

    /**
     * Starts a server placed as {@code placement} says; if it cannot start there (taskset refused
     * those CPUs), on this JVM's own CPUs instead, with the reason recorded in its placement.
     */
    static ServerProcess start(long delayMillis, ServerPlacement placement) throws IOException {
        try {
            return startOn(delayMillis, placement);
        } catch (IOException e) {
            if (placement.shared()) {
                throw e;
            }
            return startOn(delayMillis, ServerPlacement.sharing(placement.benchmarkCpus(),
                    String.join(" ", placement.commandPrefix()) + " failed: " + e.getMessage()));
        }
    }

    private static ServerProcess startOn(long delayMillis, ServerPlacement placement) throws IOException {
        ProcessBuilder builder = command(delayMillis).processBuilder();
        List<String> command = new ArrayList<>(placement.commandPrefix());
        command.addAll(builder.command());
        ServerProcess server = new ServerProcess(builder.command(command).start(), placement);
        try {
            String first = server.nextLine(START_TIMEOUT_SECONDS);
            server.address = parseListening(first);
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The child JVM: this JVM's java, class path and processor count, a small serial-GC heap. */
    static JvmCommand command(long delayMillis) {
        return JvmCommand.of(LatencyServerMain.class)
                .flags("-XX:+UseSerialGC", "-Xmx512m")
                .args("--delay-ms", Long.toString(delayMillis));
    }

    static InetSocketAddress parseListening(String line) throws IOException {
        String[] parts = line == null ? new String[0] : line.split(" ");
        if (parts.length != 3 || !parts[0].equals("LISTENING")) {
            throw new IOException("latency server process did not start; it said: " + line);
        }
        InetAddress host = InetAddress.getByName(parts[1]);
        if (!host.isLoopbackAddress()) {
            throw new IOException("latency server process listens on " + parts[1] + ", not on loopback");
        }
        return new InetSocketAddress(host, Integer.parseInt(parts[2]));
    }

    @Override
    public InetSocketAddress address() {
        return address;
    }

    /** Where the child runs. */
    public ServerPlacement placement() {
        return placement;
    }

    /** The child's process id, for tests that check it is gone after {@link #close()}. */
    public long pid() {
        return process.pid();
    }

    @Override
    public synchronized ServerStats stats() throws IOException {
        return ServerStats.parseLine(ask("stats"));
    }

    @Override
    public synchronized void resetPeak() throws IOException {
        String answer = ask("reset");
        if (!answer.equals("OK")) {
            throw new IOException("latency server process: reset answered " + answer);
        }
    }

    private String ask(String command) throws IOException {
        commands.write(command + "\n");
        commands.flush();
        return nextLine(ANSWER_TIMEOUT_SECONDS);
    }

    private String nextLine(long timeoutSeconds) throws IOException {
        String line;
        try {
            line = lines.poll(timeoutSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the latency server process", e);
        }
        if (line == null) {
            throw new IOException("latency server process did not answer within " + timeoutSeconds + " s");
        }
        if (line.equals(END_OF_OUTPUT)) {
            lines.add(END_OF_OUTPUT);
            throw new IOException("latency server process exited"
                    + exitCode().map(code -> " with code " + code).orElse(""));
        }
        return line;
    }

    private Optional<Integer> exitCode() {
        try {
            return process.waitFor(1, TimeUnit.SECONDS) ? Optional.of(process.exitValue()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Closes the child's input (it stops), waits for it, and kills it if it does not stop in time. */
    @Override
    public synchronized void close() throws IOException {
        try {
            commands.close();
        } catch (IOException ignored) {
            // the child already exited and the pipe is broken; waiting below still applies
        }
        try {
            if (!process.waitFor(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
            reader.join(TimeUnit.SECONDS.toMillis(ANSWER_TIMEOUT_SECONDS));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
