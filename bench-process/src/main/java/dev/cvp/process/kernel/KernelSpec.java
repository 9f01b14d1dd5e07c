package dev.cvp.process.kernel;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.cpu.kernel.Kernels;

/**
 * Everything another JVM needs to rebuild a kernel: its name, its task count and its units per task.
 *
 * <p>A worker process cannot receive a {@link Kernel} object (it lives in the parent's memory); it
 * receives this description over a pipe and builds its own copy. Kernels are deterministic, so the
 * copy computes exactly what the parent's would.
 *
 * @param kernel a name from {@link Kernels#names()}
 * @param tasks  tasks per operation, at least 1
 * @param units  units per task, at least 1 (see {@link ResizedKernel})
 */
public record KernelSpec(String kernel, int tasks, int units) {

    /** Checks the sizes; the name is checked when {@link #create()} builds the kernel. */
    public KernelSpec {
        if (tasks < 1 || units < 1) {
            throw new IllegalArgumentException(
                    "a kernel needs tasks >= 1 and units >= 1; got tasks=" + tasks + " units=" + units);
        }
    }

    /** The description of a kernel built by {@link #create()} (or by {@link Kernels#create}). */
    public static KernelSpec of(Kernel kernel) {
        return new KernelSpec(kernel.name(), kernel.tasks(), kernel.unitsPerTask());
    }

    /** The named kernel at its benchmark size, with its own number of units per task. */
    public static KernelSpec natural(String kernel, int tasks) {
        return of(Kernels.create(kernel, tasks));
    }

    /**
     * Builds the kernel this spec describes: {@link Kernels#create}, resized when {@link #units()}
     * differs from the kernel's own units per task.
     *
     * @throws IllegalArgumentException for an unknown kernel name
     */
    public Kernel create() {
        Kernel base = Kernels.create(kernel, tasks);
        return base.unitsPerTask() == units ? base : new ResizedKernel(base, units);
    }
}
