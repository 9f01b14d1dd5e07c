package dev.cvp.runner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.runner.RunnerException;
import dev.cvp.runner.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanPartsTest {

    @TempDir
    Path dir;

    @Test
    void coreCountsDefaultToPowersOfTwoAndTheLimit() {
        assertEquals(List.of(1, 2, 4, 6), CoreCounts.defaults(6));
        assertEquals(List.of(1), CoreCounts.defaults(1));
        assertEquals(8, CoreCounts.tasks(List.of(1, 2)));
        assertEquals(24, CoreCounts.tasks(List.of(1, 6)));
    }

    @Test
    void coreCountsAreCheckedOneByOne() throws Exception {
        assertEquals(List.of(1, 2), CoreCounts.parse("2,1,2", 2, "0-1"));
        for (String bad : new String[] {"0", "3", "x", "1,,2", ""}) {
            UsageException e = assertThrows(UsageException.class, () -> CoreCounts.parse(bad, 2, "0-1"), bad);
            assertTrue(e.getMessage().startsWith("--cores: "), e.getMessage());
        }
    }

    @Test
    void durationsParseAndPrint() {
        assertEquals(OptionalLong.of(90), Durations.parseSeconds("90s"));
        assertEquals(OptionalLong.of(1200), Durations.parseSeconds("20m"));
        assertEquals(OptionalLong.of(7200), Durations.parseSeconds("2h"));
        assertEquals(OptionalLong.empty(), Durations.parseSeconds("0"));
        assertEquals(OptionalLong.empty(), Durations.parseSeconds("5d"));
        assertEquals("45s", Durations.human(45));
        assertEquals("4m", Durations.human(230));
        assertEquals("1h05m", Durations.human(3900));
    }

    @Test
    void profileFilesHaveCommentsAndATimeLimitDirective() throws Exception {
        Path f = dir.resolve("quick.jmh");
        Files.writeString(f, "# a comment\n#! cell-timeout=45m\n-f 1 -i 3 # trailing\n\n-p tasks={tasks}\n");
        ProfileFile p = ProfileFile.read(f);
        assertEquals(List.of("-f", "1", "-i", "3", "-p", "tasks={tasks}"), p.tokens());
        assertEquals(OptionalLong.of(2700), p.cellTimeout());
        Files.writeString(f, "#! timeout=1\n");
        RunnerException e = assertThrows(RunnerException.class, () -> ProfileFile.read(f));
        assertTrue(e.getMessage().contains("unknown directive '#! timeout'"), e.getMessage());
    }

    @Test
    void aProfileMayAskForRoundsAndAModuleProfileOverridesTheCount() throws Exception {
        Files.writeString(dir.resolve("quick.jmh"), "#! rounds=2\n-f 1\n");
        Files.writeString(dir.resolve("bench-io.quick.jmh"), "#! rounds=3\n");
        Files.writeString(dir.resolve("smoke.jmh"), "-f 1\n");
        Profiles profiles = new Profiles(dir);
        assertEquals(OptionalInt.of(2), ProfileFile.read(dir.resolve("quick.jmh")).rounds());
        assertEquals(2, profiles.plan("bench-cpu", "quick", 8, List.of()).rounds(), "the common profile's");
        assertEquals(3, profiles.plan("bench-io", "quick", 8, List.of()).rounds(), "the module profile's");
        assertEquals(1, profiles.plan("bench-cpu", "smoke", 8, List.of()).rounds(), "one round unless asked");
        for (String bad : new String[] {"0", "21", "two", ""}) {
            Files.writeString(dir.resolve("smoke.jmh"), "#! rounds=" + bad + "\n");
            RunnerException e = assertThrows(RunnerException.class, () -> ProfileFile.read(dir.resolve("smoke.jmh")));
            assertEquals(dir.resolve("smoke.jmh") + ": rounds '" + bad + "' is not a whole number from 1 to 20"
                    + " (e.g. #! rounds=2)", e.getMessage());
        }
    }

    @Test
    void roundsAlternateTheOrderOfTheCoreCountsModuleByModule() {
        List<String> order = RoundOrder.of(List.of("bench-cpu", "bench-io"), List.of(1, 2, 4),
                        m -> m.equals("bench-cpu") ? 3 : 1).stream()
                .map(x -> x.module().substring(6) + x.cores() + "r" + x.round() + "/" + x.rounds()).toList();
        assertEquals(List.of("cpu1r1/3", "cpu2r1/3", "cpu4r1/3", "cpu4r2/3", "cpu2r2/3", "cpu1r2/3",
                "cpu1r3/3", "cpu2r3/3", "cpu4r3/3", "io1r1/1", "io2r1/1", "io4r1/1"), order);
        assertEquals(2, RoundOrder.of(List.of("m"), List.of(1, 2), m -> 0).size(), "at least one round");
    }

    @Test
    void aModuleProfileOverridesTheCommonOne() throws Exception {
        Files.writeString(dir.resolve("quick.jmh"), "#! cell-timeout=10m\n-f 1 -i 3\n");
        Files.writeString(dir.resolve("bench-cpu.quick.jmh"), "#! cell-timeout=5m\n-i 5 -p tasks={tasks}\n");
        Files.writeString(dir.resolve("bench-cpu.smoke.jmh"), "-i 1\n");
        Profiles profiles = new Profiles(dir);
        assertEquals(List.of("quick"), profiles.names());
        Profiles.ModulePlan plan = profiles.plan("bench-cpu", "quick", 16, List.of());
        assertEquals(List.of("-f", "1", "-i", "5", "-p", "tasks=16"), plan.options().args());
        assertEquals(300, plan.timeoutSeconds());
        assertEquals(600, profiles.plan("bench-io", "quick", 8, List.of()).timeoutSeconds());
        UsageException e = assertThrows(UsageException.class, () -> profiles.requireKnown("nope"));
        assertEquals("--profile: unknown profile 'nope'; choose from quick", e.getMessage());
    }

    @Test
    void theExpectDirectiveIsReadAndAModuleProfilesOwnWins(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("quick.jmh"), "#! expect=2m\n-f 1\n");
        Files.writeString(dir.resolve("bench-io.quick.jmh"), "#! expect=95s\n");
        Profiles profiles = new Profiles(dir);
        assertEquals(120, profiles.plan("bench-cpu", "quick", 8, List.of()).expectSeconds(), "the common profile's");
        assertEquals(95, profiles.plan("bench-io", "quick", 8, List.of()).expectSeconds(), "the module profile's");
        Files.writeString(dir.resolve("quick.jmh"), "#! expect=soon\n");
        RunnerException e = assertThrows(RunnerException.class,
                () -> ProfileFile.read(dir.resolve("quick.jmh")));
        assertTrue(e.getMessage().contains("expect 'soon' is not a duration"), e.getMessage());
    }

    @Test
    void theBudgetAndTargetDirectivesSetExtraRounds(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("quick.jmh");
        Files.writeString(f, "#! budget=40s\n#! target=5%\n-f 1\n");
        Refinement r = new Profiles(dir).refinement("quick").orElseThrow();
        assertEquals(40, r.seconds(1000), "a duration ignores the planned time");
        assertEquals(40, r.seconds(1000, 0), "planned rounds within their estimate keep the whole budget");
        assertEquals(25, r.seconds(1000, 15), "15s beyond the estimate come out of a duration");
        assertEquals(0, r.seconds(1000, 90), "down to none: the run ends when the plan said");
        assertEquals(0.05, r.target(), 1e-12);
        assertEquals("\u00b15%", r.targetText());
        Files.writeString(f, "#! budget=25%\n");
        r = ProfileFile.read(f).refinement().orElseThrow();
        assertEquals(250, r.seconds(1000), "a share of the planned rounds' time");
        assertEquals(250, r.seconds(1000, 90), "a share grows with the planned time: no overrun comes out of it");
        assertEquals(Refinement.DEFAULT_TARGET, r.target(), 1e-12, "the target unless given");
        assertEquals("25% of the planned rounds' time", r.budgetText());
        Files.writeString(f, "#! budget=2m\n#! deadline=9m\n");
        r = ProfileFile.read(f).refinement().orElseThrow();
        assertEquals(120, r.seconds(75, 0, 80), "one module's planned rounds leave the whole budget before the deadline");
        assertEquals(85, r.seconds(450, 0, 455), "many modules' leave what is left of the deadline");
        assertEquals(0, r.seconds(560, 20, 560), "none once the run has taken the deadline's time");
        assertEquals(120, r.seconds(75, 60, 80), "with a deadline, an overrun does not come out of the budget twice");
        assertEquals("up to 2m of extra rounds, ending within 9m of the start", r.planText());
        Refinement given = Refinement.given(Optional.of(r.withTarget(0.025)), OptionalLong.of(300)).orElseThrow();
        assertEquals(300, given.seconds(450, 60, 600), "--budget 5m: neither the deadline nor an overrun cuts it");
        assertEquals(0.025, given.target(), 1e-12, "the profile's target stays");
        assertEquals("--budget 5m", given.sourceText());
        assertEquals("up to 5m of extra rounds", given.planText());
        assertTrue(Refinement.given(Optional.of(r), OptionalLong.of(0)).isEmpty(), "--budget 0: no extra rounds");
        assertEquals(Optional.of(r), Refinement.given(Optional.of(r), OptionalLong.empty()), "no --budget: the profile's");
        assertEquals(Refinement.DEFAULT_TARGET, Refinement.given(Optional.empty(), OptionalLong.of(60)).orElseThrow()
                .target(), 1e-12, "a profile without a budget (smoke) gets the default target");
        Files.writeString(f, "-f 1\n");
        assertTrue(ProfileFile.read(f).refinement().isEmpty(), "no budget, no extra rounds");
        for (String[] bad : new String[][] {
                {"#! budget=soon", "budget 'soon' is neither a duration nor a share of the planned time (e.g. 40s, 2m, 50%)"},
                {"#! budget=0%", "budget '0%' is neither"},
                {"#! budget=1m\n#! target=100%", "target '100%' is not a percentage below 100% (e.g. 10%, 2.5%)"},
                {"#! target=5%", "'#! target' needs a '#! budget'"},
                {"#! budget=1m\n#! deadline=later", "deadline 'later' is not a duration (e.g. 9m, 600s)"},
                {"#! deadline=9m", "'#! deadline' needs a '#! budget'"}}) {
            Files.writeString(f, bad[0] + "\n");
            RunnerException e = assertThrows(RunnerException.class, () -> ProfileFile.read(f));
            assertTrue(e.getMessage().startsWith(f + ": " + bad[1]), e.getMessage());
        }
    }

    @Test
    void everyShippedProfileResolvesForEveryModuleAndJmhAcceptsIt() throws Exception {
        Path dir = Path.of(System.getProperty("user.dir")).getParent().resolve("scripts/profiles");
        Profiles profiles = new Profiles(dir);
        assertEquals(List.of("smoke", "quick", "full"), profiles.names());
        for (String profile : profiles.names()) {
            for (String module : List.of("bench-cpu", "bench-io", "bench-process", "bench-python")) {
                Profiles.ModulePlan plan = profiles.plan(module, profile, 8, List.of());
                assertTrue(plan.rounds() >= 1, module + " " + profile);
                if (profile.equals("quick")) {
                    assertTrue(plan.expectSeconds() > 0, module + ": quick says what a cell takes, for the time left");
                }
            }
        }
    }
}
