package dev.cvp.runner.plan;

import dev.cvp.runner.RunnerException;
import dev.cvp.runner.UsageException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The profiles folder: {@code <profile>.jmh} holds the options common to every module,
 * {@code <module>.<profile>.jmh} (optional) a module's own, which override the common ones.
 */
public record Profiles(Path dir) {

    /** A cell's time limit when no profile sets one. */
    public static final long DEFAULT_TIMEOUT_SECONDS = 3600;

    /**
     * How one module's cells run under a profile.
     *
     * @param rounds how many rounds each cell is measured in (the module profile's directive, else the
     *               common profile's, else 1)
     * @param expectSeconds what one round of a cell is expected to take (the module profile's
     *               {@code expect}, else the common profile's), 0 when neither says
     */
    public record ModulePlan(JmhOptions options, long timeoutSeconds, int rounds, long expectSeconds) {
    }

    /** The common profiles that exist: smoke, quick, full first, then any others. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (String n : List.of("smoke", "quick", "full")) {
            if (Files.isRegularFile(dir.resolve(n + ".jmh"))) {
                out.add(n);
            }
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.jmh")) {
            List<String> others = new ArrayList<>();
            for (Path p : ds) {
                String n = p.getFileName().toString().replaceFirst("\\.jmh$", "");
                if (!n.contains(".") && !out.contains(n)) {
                    others.add(n);
                }
            }
            others.sort(null);
            out.addAll(others);
        } catch (IOException e) {
            // no profiles folder: names() is empty and the caller says so
        }
        return out;
    }

    public void requireKnown(String profile) throws UsageException {
        List<String> names = names();
        if (!names.contains(profile)) {
            throw new UsageException("--profile: unknown profile '" + profile + "'; choose from "
                    + (names.isEmpty() ? "(none: no profiles in " + dir + ")" : String.join(", ", names)));
        }
    }

    /**
     * The profile's extra rounds, from its common file ({@code <profile>.jmh}): empty when it sets
     * no budget.
     */
    public java.util.Optional<Refinement> refinement(String profile) throws RunnerException {
        return ProfileFile.read(dir.resolve(profile + ".jmh")).refinement();
    }

    /** The JMH options and time limit of {@code module}'s cells. */
    public ModulePlan plan(String module, String profile, int tasks, List<String> extra)
            throws UsageException, RunnerException {
        ProfileFile common = ProfileFile.read(dir.resolve(profile + ".jmh"));
        Path moduleFile = dir.resolve(module + "." + profile + ".jmh");
        List<JmhOptions.Source> sources = new ArrayList<>();
        sources.add(new JmhOptions.Source(common.path().toString(), common.tokens()));
        long timeout = common.cellTimeout().orElse(DEFAULT_TIMEOUT_SECONDS);
        int rounds = common.rounds().orElse(1);
        long expect = common.expect().orElse(0);
        if (Files.isRegularFile(moduleFile)) {
            ProfileFile own = ProfileFile.read(moduleFile);
            sources.add(new JmhOptions.Source(own.path().toString(), own.tokens()));
            timeout = own.cellTimeout().orElse(timeout);
            rounds = own.rounds().orElse(rounds);
            expect = own.expect().orElse(expect);
        }
        sources.add(new JmhOptions.Source("the extra JMH options after --", extra));
        return new ModulePlan(JmhOptions.resolve(sources, tasks), timeout, rounds, expect);
    }
}
