package dev.cvp.cpu.strategy;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * The task's own exception comes back however many times ForkJoinPool copied it on its way to the
 * caller (a copy has the same class, no message, and what it copied as its cause). The copies are
 * built by hand: whether a real run copies once or twice depends on which thread steals what.
 */
class ForkJoinCopiesTest {

    private static ArithmeticException copyOf(ArithmeticException e) {
        ArithmeticException copy = new ArithmeticException();
        copy.initCause(e);
        return copy;
    }

    @Test
    void aCopyOfACopyGivesBackTheOriginal() {
        ArithmeticException original = new ArithmeticException("boom in task 1");
        ArithmeticException twice = copyOf(copyOf(original));
        assertSame(original, assertThrows(ArithmeticException.class, () -> ForkJoinCopies.rethrowOriginal(twice)));
        assertSame(original, assertThrows(ArithmeticException.class, () -> ForkJoinCopies.rethrowOriginal(original)),
                "one thrown on the caller's own thread is not a copy");
    }

    @Test
    void aCauseOfAnotherClassIsNotACopy() {
        IllegalStateException wrapper = new IllegalStateException("closed", new ArithmeticException("inner"));
        assertSame(wrapper, assertThrows(IllegalStateException.class, () -> ForkJoinCopies.rethrowOriginal(wrapper)));
    }
}
