package dev.cvp.process;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.ParamRole;
import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.cpu.kernel.Kernels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * bench-cpu's kernels, at their own size, split across worker processes and across threads:
 * multiprocessing and multithreading as two routes to the same parallelism.
 */
@Declared(title = "Process split", lesson = Lesson.PROCESSES, metric = MetricKind.JOB_TIME,
        summary = "One operation runs every task of a bench-cpu kernel (the kernel parameter: fib, primes, montecarlo,"
                + " matmul or triad, at its own size of a few ms per task; 8 tasks by default) on threads or worker JVMs;"
                + " each worker builds its own copy of the kernel, and only a task's number and its result cross a pipe.")
@ParamRole(name = "tasks", means = ParamMeaning.TASKS)
@ParamRole(name = "kernel", means = ParamMeaning.WORKLOAD)
public class ProcessSplitBenchmark extends SplitKernelBenchmark {

    /** Which bench-cpu kernel one operation runs (the kernel's own task size). */
    @Param({"fib", "primes", "montecarlo", "matmul", "triad"})
    public String kernel;

    @Override
    protected Kernel createKernel() {
        return Kernels.create(kernel, tasks);
    }

    /*
     * Processes and threads both give parallelism: with k cores, k workers compute k tasks at the
     * same time. So process-pool should speed up with cores like platform-pool does, as long as a
     * task (a few ms here) dwarfs its pipe round-trip (tens of microseconds): the request and the
     * answer are a few bytes, and the kernel's data never crosses the pipe, because each worker
     * builds its own copy. Compare the parallel speedup of the two pools: close to each other and
     * to k for fib.
     *
     * process-per-task shows the other side: every task pays a JVM start and runs its kernel cold
     * (interpreted, then compiled), which costs more than the task itself at this size. It loses
     * to sequential here; BreakEvenBenchmark finds the task size at which it stops losing.
     */
    @Benchmark
    public long split() throws Exception {
        return runAllTasks();
    }
}
