package dev.cvp.cpu.kernel;

/**
 * The bookkeeping every kernel shares: its name, task count and units per task, fixed at
 * construction and checked once here. A subclass only computes units.
 */
public abstract class AbstractKernel implements Kernel {

    private final String name;
    private final int tasks;
    private final int unitsPerTask;

    /**
     * @throws IllegalArgumentException if {@code tasks} or {@code unitsPerTask} is below 1
     */
    protected AbstractKernel(String name, int tasks, int unitsPerTask) {
        if (tasks < 1 || unitsPerTask < 1) {
            throw new IllegalArgumentException(
                    name + " needs tasks >= 1 and units >= 1; got tasks=" + tasks + " units=" + unitsPerTask);
        }
        this.name = name;
        this.tasks = tasks;
        this.unitsPerTask = unitsPerTask;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int tasks() {
        return tasks;
    }

    @Override
    public final int unitsPerTask() {
        return unitsPerTask;
    }
}
