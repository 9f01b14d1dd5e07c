package dev.cvp.cpu.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Each kernel computes known values, and a task is the sum of its units. */
class KernelValuesTest {

    @Test
    void fibMatchesKnownValues() {
        assertEquals(0, FibKernel.fib(0));
        assertEquals(1, FibKernel.fib(1));
        assertEquals(55, FibKernel.fib(10));
        assertEquals(6765, FibKernel.fib(20));
    }

    @Test
    void fibTaskIsFibOfNSplitIntoUnits() {
        FibKernel kernel = new FibKernel(3, 20, 12);
        assertEquals(55, kernel.unitsPerTask()); // calls left after unrolling fib(20) down to 12: F(20 - 12 + 2)
        for (int task = 0; task < 3; task++) {
            assertEquals(6765, kernel.computeTask(task));
        }
    }

    @Test
    void fibBelowTheCutIsOneUnit() {
        FibKernel kernel = new FibKernel(1, 10, 12);
        assertEquals(1, kernel.unitsPerTask());
        assertEquals(55, kernel.computeTask(0));
    }

    @Test
    void fibDefaultTaskIsFib32() {
        FibKernel kernel = new FibKernel(1);
        assertEquals(32, kernel.n());
        assertTrue(kernel.unitsPerTask() > 10, "default fib task must be sliced into many units");
        assertEquals(2_178_309, kernel.computeTask(0));
    }

    @Test
    void primesCountBelowAHundredThousandIs9592() {
        PrimesKernel kernel = new PrimesKernel(10, 10, 1_000);
        assertEquals(100_000, kernel.limit());
        long count = IntStream.range(0, kernel.tasks()).mapToLong(kernel::computeTask).sum();
        assertEquals(9_592, count);
    }

    @Test
    void primesFirstUnitsCountSmallPrimes() {
        PrimesKernel kernel = new PrimesKernel(1, 4, 25);
        assertEquals(9, kernel.computeUnit(0, 0)); // 2 3 5 7 11 13 17 19 23
        assertEquals(15, kernel.computeUnit(0, 0) + kernel.computeUnit(0, 1)); // + 29 31 37 41 43 47
        assertEquals(25, kernel.computeTask(0));
    }

    @Test
    void isPrimeHandlesEdges() {
        assertFalse(PrimesKernel.isPrime(0));
        assertFalse(PrimesKernel.isPrime(1));
        assertTrue(PrimesKernel.isPrime(2));
        assertFalse(PrimesKernel.isPrime(9));
        assertTrue(PrimesKernel.isPrime(2_147_483_647));
    }

    @Test
    void monteCarloEstimatesPi() {
        MonteCarloKernel kernel = new MonteCarloKernel(4, 10, 50_000);
        long hits = IntStream.range(0, kernel.tasks()).mapToLong(kernel::computeTask).sum();
        double pi = 4.0 * hits / kernel.samples();
        assertEquals(Math.PI, pi, 0.01);
    }

    @Test
    void monteCarloIsDeterministicButTasksDiffer() {
        MonteCarloKernel kernel = new MonteCarloKernel(2, 2, 10_000);
        assertEquals(kernel.computeUnit(1, 1), new MonteCarloKernel(2, 2, 10_000).computeUnit(1, 1));
        assertNotEquals(kernel.computeTask(0), kernel.computeTask(1));
    }

    @Test
    void matmulUnitsMatchANaiveMultiply() {
        int n = 12;
        int tile = 4;
        MatmulKernel kernel = new MatmulKernel(3, n, tile);
        assertEquals(9, kernel.unitsPerTask());
        for (int task = 0; task < 3; task++) {
            long expected = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double c = 0;
                    for (int k = 0; k < n; k++) {
                        c += MatmulKernel.left((i + task) % n, k) * MatmulKernel.right(k, j);
                    }
                    expected += (long) c * MatmulKernel.weight(i, j, n);
                }
            }
            assertEquals(expected, kernel.computeTask(task), "task " + task);
        }
        assertNotEquals(kernel.computeTask(0), kernel.computeTask(1));
    }

    @Test
    void triadWritesBPlusScalarTimesC() {
        TriadKernel kernel = new TriadKernel(3, 2, 100);
        assertEquals(600, kernel.length());
        long sum = IntStream.range(0, kernel.tasks()).mapToLong(kernel::computeTask).sum();
        long expected = 0;
        for (int i = 0; i < kernel.length(); i++) {
            double value = TriadKernel.inputB(i) + TriadKernel.SCALAR * TriadKernel.inputC(i);
            assertEquals(value, kernel.output(i), "a[" + i + "]");
            if (i % 100 == 0 || i % 100 == 99) { // a unit returns its first plus its last element
                expected += (long) value;
            }
        }
        assertEquals(expected, sum);
    }

    @Test
    void triadDefaultKeepsTheArraysFarLargerThanCache() {
        TriadKernel kernel = new TriadKernel(8);
        assertTrue(kernel.length() * 8L * 3 >= 3L * 32 * 1024 * 1024, "three arrays of 32 MiB at least");
        assertEquals(kernel.length(), kernel.tasks() * kernel.unitsPerTask() * TriadKernel.DEFAULT_UNIT_LENGTH);
    }
}
