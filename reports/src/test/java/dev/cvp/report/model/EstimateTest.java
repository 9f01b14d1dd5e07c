package dev.cvp.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void anotherRoundAddsItsForksAndWeighsItsScoreByItsIterations() {
        Estimate a = new Estimate(2.0, "ms/op", List.of(new double[] {1, 3}));
        Estimate b = new Estimate(5.0, "ms/op", List.of(new double[] {4, 5}, new double[] {6, 5}));
        Estimate both = a.plus(b);
        assertEquals(3, both.forkCount());
        assertEquals((1 + 3 + 4 + 5 + 6 + 5) / 6.0, both.score(), 1e-12, "the mean of every iteration");
        assertEquals(3.5, Estimate.derived(2, "ms/op").plus(Estimate.derived(5, "ms/op")).score(),
                "no raw data: the scores weigh alike");
        assertThrows(IllegalArgumentException.class, () -> a.plus(new Estimate(1, "us/op", List.of())));
    }

    @Test
    void aCounterSummedOverIterationsStaysASum() {
        Estimate a = new Estimate(30, "#", List.of(new double[] {10, 20}));
        Estimate b = new Estimate(12, "#", List.of(new double[] {5, 7}));
        assertEquals(42, a.plus(b).score(), "@AuxCounters(EVENTS): JMH sums, so the rounds add up");
    }
}
