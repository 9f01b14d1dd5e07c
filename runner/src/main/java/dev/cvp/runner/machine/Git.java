package dev.cvp.runner.machine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The checkout's commit and whether it has uncommitted changes; empty outside a git checkout. */
public final class Git {

    /** HEAD and whether the work tree differs from it (untracked files included). */
    public record State(String commit, boolean dirty) {
    }

    private Git() {
    }

    public static Optional<State> state(Path checkout) {
        Optional<String> head = run(checkout, "rev-parse", "--verify", "-q", "HEAD");
        if (head.isEmpty() || head.get().isBlank()) {
            return Optional.empty();
        }
        Optional<String> status = run(checkout, "--no-optional-locks", "status", "--porcelain");
        return Optional.of(new State(head.get().strip(), status.map(s -> !s.isBlank()).orElse(false)));
    }

    private static Optional<String> run(Path dir, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
