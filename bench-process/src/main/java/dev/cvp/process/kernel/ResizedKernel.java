package dev.cvp.process.kernel;

import dev.cvp.cpu.kernel.Kernel;

/**
 * A bench-cpu kernel whose tasks are made of a chosen number of units, for the task-size sweep.
 *
 * <p>Unit {@code u} of a resized task is unit {@code u mod base.unitsPerTask()} of the base task:
 * fewer units than the base makes a task smaller, more units repeats the base units in order, so
 * the work per unit (and therefore the cost of one unit) is the kernel's own. Nothing is copied
 * from bench-cpu; the kernel's code does all the work.
 */
public final class ResizedKernel implements Kernel {

    private final Kernel base;
    private final int units;

    /**
     * @param base  the kernel whose units are used
     * @param units units per task of the resized kernel, at least 1
     */
    public ResizedKernel(Kernel base, int units) {
        if (units < 1) {
            throw new IllegalArgumentException("units per task must be >= 1, got " + units);
        }
        this.base = base;
        this.units = units;
    }

    @Override
    public String name() {
        return base.name();
    }

    @Override
    public int tasks() {
        return base.tasks();
    }

    @Override
    public int unitsPerTask() {
        return units;
    }

    @Override
    public long computeUnit(int task, int unit) {
        return base.computeUnit(task, unit % base.unitsPerTask());
    }
}
