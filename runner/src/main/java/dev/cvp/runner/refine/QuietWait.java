package dev.cvp.runner.refine;

import dev.cvp.bundle.Invocation;
import dev.cvp.report.analysis.Disturbance;
import dev.cvp.runner.machine.QuietCheck;
import dev.cvp.runner.plan.Durations;
import java.util.OptionalDouble;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Waits, before an extra round, until other programs have gone quiet: only when the last
 * invocation's load record shows one still busy at its end ({@link QuietCheck#stillBusy}), and
 * then looking at the machine again and again until other processes use at most the report's
 * limit ({@link Disturbance#OTHER_PERCENT}%) of its CPUs. It says once that it waits, and when the
 * machine is quiet again.
 */
final class QuietWait {

    private final Refiner.Quiet quiet;
    private final Consumer<String> say;

    QuietWait(Refiner.Quiet quiet, Consumer<String> say) {
        this.quiet = quiet;
        this.say = say;
    }

    /**
     * True when the last invocation's load record shows another program above the report's limit
     * still busy at its end: the machine is worth looking at before the next extra round.
     */
    static boolean needed(Invocation last) {
        return QuietCheck.stillBusy(last, Disturbance.OTHER_PERCENT);
    }

    /**
     * @param last    the last invocation run (null when none)
     * @param giveUp  true once the wait must end (out of budget, interrupted)
     * @return true when the machine is quiet (or was never seen busy), false when {@code giveUp} came first
     */
    boolean await(Invocation last, BooleanSupplier giveUp) {
        if (!needed(last)) {
            return true;
        }
        long from = System.nanoTime();
        boolean said = false;
        while (!giveUp.getAsBoolean()) {
            OptionalDouble now;
            try {
                now = quiet.otherPercentNow();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (now.isEmpty() || now.getAsDouble() <= Disturbance.OTHER_PERCENT) {
                if (said) {
                    say.accept("refine: quiet again after " + Durations.human(Math.round((System.nanoTime() - from) / 1e9)));
                }
                return true;
            }
            if (!said) {
                say.accept("refine: waiting for the machine to quieten: other processes use "
                        + Math.round(now.getAsDouble()) + "% of its CPUs, and an extra round now would measure them too");
                said = true;
            }
        }
        return false;
    }
}
