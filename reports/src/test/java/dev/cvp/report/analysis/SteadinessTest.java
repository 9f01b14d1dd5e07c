package dev.cvp.report.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The machine's steadiness through a run, from the speed probe's times on synthetic data with known
 * answers: a quiet machine's probes are steady, a shared host's slow spells are not, too few probes
 * are not judged, and the interval covers the true spread at about its nominal rate.
 */
class SteadinessTest {

    /** The standard normal's 90th percentile: a lognormal's p90/p10 is exp(2 × this × sigma). */
    private static final double Z90 = 1.2815515655446004;

    /** {@code invocations} invocations of {@code probes} probes around 1,200 us, lognormal with {@code sigma}. */
    private static List<List<Double>> probes(long seed, int invocations, int probes, double sigma) {
        Random random = new Random(seed);
        List<List<Double>> out = new ArrayList<>();
        for (int i = 0; i < invocations; i++) {
            List<Double> one = new ArrayList<>();
            for (int p = 0; p < probes; p++) {
                one.add(1200 * Math.exp(sigma * random.nextGaussian()));
            }
            out.add(one);
        }
        return out;
    }

    /** The same with every third stretch of five seconds {@code slow} times slower: a neighbour's spells. */
    private static List<List<Double>> withSpells(List<List<Double>> quiet, double slow) {
        return quiet.stream().map(one -> {
            List<Double> out = new ArrayList<>();
            for (int p = 0; p < one.size(); p++) {
                out.add(p / 5 % 3 == 2 ? one.get(p) * slow : one.get(p));
            }
            return (List<Double>) out;
        }).toList();
    }

    @Test
    void aQuietMachinesProbesAreSteadyAndASharedHostsSpellsAreNot() {
        Steadiness quiet = Steadiness.ofProbes(probes(1, 4, 40, 0.012)).orElseThrow();
        assertEquals(160, quiet.probes());
        assertFalse(quiet.unsteady(), "±1.2% from probe to probe: " + quiet.spread());
        assertTrue(quiet.spread().high() <= Steadiness.UNSTEADY, "its whole interval within 1.08: " + quiet.spread());
        assertEquals(Math.exp(2 * Z90 * 0.012), quiet.spread().value(), 0.015, "about exp(2 z90 sigma)");

        Steadiness shared = Steadiness.ofProbes(withSpells(probes(1, 4, 40, 0.012), 1.15)).orElseThrow();
        assertTrue(shared.unsteady(), "a third of the seconds 15% slow: " + shared.spread());
        assertTrue(shared.spread().value() > 1.12, shared.spread().toString());
    }

    @Test
    void tooFewProbesAreNotJudged() {
        assertTrue(Steadiness.ofProbes(probes(2, 1, Steadiness.MIN_PROBES - 1, 0.2)).isEmpty());
        assertTrue(Steadiness.ofProbes(List.of()).isEmpty());
        assertTrue(Steadiness.ofProbes(probes(2, 1, Steadiness.MIN_PROBES, 0.2)).isPresent());
    }

    @Test
    void theIntervalCoversTheTrueSpreadAtAboutItsNominalRate() {
        double sigma = 0.03;
        double truth = Math.exp(2 * Z90 * sigma);
        int trials = 120;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            Steadiness s = Steadiness.ofProbes(probes(100 + t, 3, 100, sigma)).orElseThrow();
            if (s.spread().low() <= truth && truth <= s.spread().high()) {
                covered++;
            }
        }
        double rate = covered / (double) trials;
        assertTrue(rate >= 0.88 && rate <= 0.995, "95% intervals covered the true spread in " + covered + " of "
                + trials + " seeded trials");
    }
}
