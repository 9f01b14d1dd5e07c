package dev.cvp.report.write;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A wide latency mean set by a few slow samples gets its own note: more forks would not help it,
 * its percentiles say more. Told apart by the mean against the median the cell carries.
 */
class WorkloadSectionTest {

    private static Cell sampled(double mean, double median) {
        return new Cell("cooperative", 1, Estimate.oneFork(mean, "us/op", mean * 0.5, mean * 1.5),
                Map.of("p0.50", Estimate.oneFork(median, "us/op", median, median)), null);
    }

    @Test
    void aMeanFarAboveItsMedianIsSetByItsTail() {
        assertTrue(WorkloadSection.tailBound(sampled(147, 3.1)), "147 us against a median of 3.1 us");
        assertFalse(WorkloadSection.tailBound(sampled(10_031, 10_010)), "a 10 ms slice: mean and median agree");
        assertFalse(WorkloadSection.tailBound(new Cell("sequential", 1, Estimate.oneFork(50, "ms/op", 40, 60), Map.of(),
                null)), "a score without percentiles is not a distribution's mean");
    }
}
