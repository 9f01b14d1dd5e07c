package dev.cvp.runner.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PinningTest {

    @Test
    void eachRoundOfACellWithFewerCoresThanTheMachineUsesTheNextCpus() {
        List<Integer> two = List.of(0, 1);
        assertEquals(List.of(0), Pinning.rotated(two, 1, 1));
        assertEquals(List.of(1), Pinning.rotated(two, 1, 2), "the 1-core cell's second round: the other CPU");
        assertEquals(List.of(0), Pinning.rotated(two, 1, 3));
        assertEquals(List.of(0, 1), Pinning.rotated(two, 2, 2), "every CPU: nothing to rotate");
        List<Integer> six = List.of(2, 3, 4, 5, 6, 7);
        assertEquals(List.of(2, 3, 4, 5), Pinning.rotated(six, 4, 1), "round 1: the first k, as without rounds");
        assertEquals(List.of(2, 3, 6, 7), Pinning.rotated(six, 4, 2), "wrapping around: CPUs 6, 7, then 2, 3");
        assertEquals(List.of(4, 5, 6, 7), Pinning.rotated(six, 4, 3));
        Pinning p = new Pinning(Optional.empty(), Optional.empty(), List.of(0, 1, 2, 3));
        assertEquals("2-3", p.cellCpus(2, 2));
        assertEquals("0-1,3", p.cellCpus(3, 2), "3 of 4, round 2: CPUs 3, 0, 1");
    }
}
