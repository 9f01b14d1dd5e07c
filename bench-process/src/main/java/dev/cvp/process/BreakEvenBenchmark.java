package dev.cvp.process;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.ParamRole;
import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.process.kernel.KernelSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * One kernel at growing task sizes: where spawning processes starts to pay off.
 *
 * <p>The size of a task is its number of units ({@link dev.cvp.process.kernel.ResizedKernel}):
 * fib's units each take roughly 0.1 to 0.2 ms, so the sweep (set by the profile) runs from
 * sub-millisecond tasks to tasks of a few hundred milliseconds. The report turns units into time
 * with the sequential score: ms per task = score(sequential) / tasks.
 */
@Declared(title = "Break-even task size", lesson = Lesson.PROCESSES, metric = MetricKind.JOB_TIME,
        summary = "One operation runs 8 fib tasks (the tasks parameter) of units units each (1 to 2,048; a unit is one"
                + " fib(25) or fib(24) call, roughly 0.1 to 0.2 ms: from sub-millisecond tasks to a few hundred ms) on"
                + " threads or worker JVMs, to find the task size at which each way of spreading work pays off.")
@ParamRole(name = "tasks", means = ParamMeaning.TASKS)
@ParamRole(name = "kernel", means = ParamMeaning.WORKLOAD)
@ParamRole(name = "units", means = ParamMeaning.WORK_SIZE)
public class BreakEvenBenchmark extends SplitKernelBenchmark {

    /** The kernel; fib, whose tasks are all the same size, so size is the only variable. */
    @Param({"fib"})
    public String kernel;

    /** Units per task: the task size. */
    @Param({"1", "8", "64", "512", "2048"})
    public int units;

    @Override
    protected Kernel createKernel() {
        return new KernelSpec(kernel, tasks, units).create();
    }

    /*
     * Each way of handing a task to another worker has a fixed cost per task: a queue hand-over
     * for platform-pool (microseconds), a pipe round-trip for process-pool (tens of microseconds),
     * a whole JVM start plus a cold kernel for process-per-task (tens of milliseconds). Parallel
     * work saves (1 - 1/k) of the task time on k cores. A strategy breaks even with sequential at
     * the task size where the saving equals the fixed cost, so the break-even sizes are spread
     * over orders of magnitude, in the order of the fixed costs. On one core nothing is saved, and
     * every strategy but sequential only adds its fixed cost: there is no break-even at all.
     */
    @Benchmark
    public long split() throws Exception {
        return runAllTasks();
    }
}
