package dev.cvp.process.strategy;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.process.kernel.KernelSpec;

/**
 * A stand-in for a benchmark fork that dies mid-run: starts a two-worker process pool, prints the
 * workers' pids, completes one run, prints {@code running}, and then, until it is killed, keeps
 * running ({@code busy}: workers are computing when it dies) or waits ({@code idle}: workers are
 * blocked reading their stdin when it dies).
 */
public final class PoolHolderMain {

    private PoolHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean busy = args.length == 1 && args[0].equals("busy");
        ProcessPoolStrategy pool = new ProcessPoolStrategy(2);
        pool.workerProcesses().forEach(worker -> System.out.println(worker.pid()));
        Kernel kernel = new KernelSpec("fib", 8, 64).create();
        pool.run(kernel);
        System.out.println("running");
        System.out.flush();
        while (busy) {
            pool.run(kernel);
        }
        Thread.currentThread().join();
    }
}
