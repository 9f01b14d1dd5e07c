package dev.cvp.cpu.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KernelsTest {

    @Test
    void createsEveryNamedKernelWithTheAskedTaskCount() {
        assertEquals(List.of("fib", "primes", "montecarlo", "matmul", "triad"), Kernels.names());
        for (String name : Kernels.names()) {
            Kernel kernel = Kernels.create(name, 3);
            assertEquals(name, kernel.name());
            assertEquals(3, kernel.tasks());
            assertTrue(kernel.unitsPerTask() >= 1, name);
        }
    }

    @Test
    void rejectsUnknownNamesAndTaskCountsBelowOne() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Kernels.create("fibb", 8));
        assertTrue(unknown.getMessage().contains("fibb") && unknown.getMessage().contains("fib, primes"),
                unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Kernels.create(null, 8));
        assertThrows(IllegalArgumentException.class, () -> Kernels.create("fib", 0));
    }

    @Test
    void kernelConstructorsRejectBadSizes() {
        assertThrows(IllegalArgumentException.class, () -> new FibKernel(1, 91, 10));
        assertThrows(IllegalArgumentException.class, () -> new PrimesKernel(1, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new MonteCarloKernel(1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new MatmulKernel(1, 10, 4));
        assertThrows(IllegalArgumentException.class, () -> new TriadKernel(1 << 16, 1 << 16, 1));
    }
}
