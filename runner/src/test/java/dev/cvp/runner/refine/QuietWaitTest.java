package dev.cvp.runner.refine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.BusySpell;
import dev.cvp.bundle.CellState;
import dev.cvp.bundle.Invocation;
import dev.cvp.bundle.Load;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * Before an extra round the runner waits for a busy neighbour to stop, but only when the last
 * invocation's load record shows one busy at its end; the machine is looked at through a fake
 * that answers from a list, so no test waits.
 */
class QuietWaitTest {

    private static final Instant END = Instant.parse("2026-12-02T12:00:00Z");

    /** An invocation that ended at {@link #END} with these busy spells (each {from, to, percent}; ms before the end). */
    private static Invocation ended(long[]... spells) {
        List<BusySpell> busy = new ArrayList<>();
        for (long[] s : spells) {
            busy.add(new BusySpell(END.toEpochMilli() - s[0], END.toEpochMilli() - s[1], s[2]));
        }
        Load load = new Load("0", 30, 30, 90, 5, 20, 0, 1.0, busy);
        return new Invocation(3, "bench-cpu", 1, 1, 1, END.minusSeconds(30).toString(), END.toString(), 30.0,
                CellState.OK, 0, 4, "cores-1/bench-cpu.json", "cores-1/bench-cpu.log", load, "0", "0", null, null, null);
    }

    /** Answers the given shares one per look, counting the looks. */
    private static final class Answers implements Refiner.Quiet {
        final Deque<Double> left;
        int looks;

        Answers(Double... shares) {
            left = new ArrayDeque<>(List.of(shares));
        }

        @Override
        public OptionalDouble otherPercentNow() {
            looks++;
            return left.isEmpty() ? OptionalDouble.of(100) : OptionalDouble.of(left.pop());
        }
    }

    @Test
    void aNeighbourBusyAtTheEndIsWaitedForUntilTheMachineIsQuiet() {
        Answers machine = new Answers(95.0, 60.0, 4.0);
        List<String> said = new ArrayList<>();
        boolean quiet = new QuietWait(machine, said::add).await(ended(new long[] {20_000, 500, 98}), () -> false);
        assertTrue(quiet);
        assertEquals(3, machine.looks, "looked until other processes used at most 10%");
        assertEquals(2, said.size(), said.toString());
        assertEquals("refine: waiting for the machine to quieten: other processes use 95% of its CPUs, and an extra"
                + " round now would measure them too", said.get(0));
        assertTrue(said.get(1).startsWith("refine: quiet again after "), said.get(1));
    }

    @Test
    void aSpellThatEndedEarlierOrStayedUnderTheLimitCostsNoLook() {
        Answers machine = new Answers();
        List<String> said = new ArrayList<>();
        assertTrue(new QuietWait(machine, said::add).await(ended(new long[] {20_000, 10_000, 98}), () -> false),
                "it ended 10 s before the invocation did");
        assertTrue(new QuietWait(machine, said::add).await(ended(new long[] {20_000, 0, 8}), () -> false),
                "8% is under the report's limit");
        assertTrue(new QuietWait(machine, said::add).await(null, () -> false), "no invocation yet");
        assertEquals(0, machine.looks);
        assertEquals(List.of(), said);
    }

    @Test
    void aNeighbourThatStaysBusyEndsTheWaitWhenTheBudgetDoes() {
        Answers machine = new Answers(90.0, 90.0, 90.0, 90.0);
        int[] checks = {0};
        boolean quiet = new QuietWait(machine, s -> { }).await(ended(new long[] {5_000, 0, 90}), () -> ++checks[0] > 3);
        assertFalse(quiet);
        assertEquals(3, machine.looks, "three looks, then the budget ran out");
    }
}
