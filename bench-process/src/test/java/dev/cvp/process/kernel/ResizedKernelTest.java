package dev.cvp.process.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.cpu.kernel.Kernels;
import org.junit.jupiter.api.Test;

class ResizedKernelTest {

    private final Kernel fib = Kernels.create("fib", 3);

    @Test
    void fewerUnitsComputeAPrefixOfTheTask() {
        Kernel small = new ResizedKernel(fib, 2);
        assertEquals(fib.computeUnit(1, 0) + fib.computeUnit(1, 1), small.computeTask(1));
    }

    @Test
    void moreUnitsRepeatTheBaseUnitsInOrder() {
        int base = fib.unitsPerTask();
        Kernel big = new ResizedKernel(fib, 2 * base + 1);
        assertEquals(2 * fib.computeTask(0) + fib.computeUnit(0, 0), big.computeTask(0));
    }

    @Test
    void keepsNameAndTasksOfTheBase() {
        Kernel resized = new ResizedKernel(fib, 5);
        assertEquals("fib", resized.name());
        assertEquals(3, resized.tasks());
        assertEquals(5, resized.unitsPerTask());
    }

    @Test
    void rejectsFewerThanOneUnit() {
        assertThrows(IllegalArgumentException.class, () -> new ResizedKernel(fib, 0));
    }

    @Test
    void specRebuildsTheSameKernelAndOnlyResizesWhenAsked() {
        KernelSpec natural = KernelSpec.natural("primes", 4);
        assertEquals(natural, KernelSpec.of(natural.create()));
        assertTrue(natural.create() instanceof dev.cvp.cpu.kernel.PrimesKernel);

        KernelSpec resized = new KernelSpec("primes", 4, natural.units() + 3);
        assertInstanceOf(ResizedKernel.class, resized.create());
        assertEquals(resized, KernelSpec.of(resized.create()));
    }

    @Test
    void specRejectsBadSizesAndNames() {
        assertThrows(IllegalArgumentException.class, () -> new KernelSpec("fib", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new KernelSpec("fib", 1, 0));
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> new KernelSpec("nope", 1, 1).create());
        assertTrue(unknown.getMessage().contains("nope"), unknown.getMessage());
        assertSame(IllegalArgumentException.class, unknown.getClass());
    }
}
