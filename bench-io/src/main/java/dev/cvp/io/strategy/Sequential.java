package dev.cvp.io.strategy;

/** The baseline: one task after another on the calling thread; each wait ends before the next starts. */
final class Sequential implements Strategy {

    @Override
    public String name() {
        return Strategies.SEQUENTIAL;
    }

    @Override
    public int inFlight(int tasks) {
        return Math.min(1, tasks);
    }

    @Override
    public long run(Workload workload, int tasks) throws Exception {
        long sum = 0;
        for (int task = 0; task < tasks; task++) {
            sum += workload.runBlocking(task);
        }
        return sum;
    }
}
