package dev.cvp.cpu.multitasking;

import java.util.List;

/**
 * A test task of a fixed number of slices that logs each slice it runs (by task id) into a shared
 * list, so a test can read the order in which a scheduler interleaved the tasks. Its result is its
 * id times the slices it ran.
 */
class RecordingTask implements SlicedTask {

    private final int id;
    private final int slices;
    private final List<Integer> log;
    private int ran;
    private volatile boolean stopped;

    RecordingTask(int id, int slices, List<Integer> log) {
        this.id = id;
        this.slices = slices;
        this.log = log;
    }

    @Override
    public boolean runSlice(long sliceNanos) {
        synchronized (log) {
            log.add(id);
        }
        ran++;
        return ran == slices || stopped;
    }

    @Override
    public long result() {
        return (long) id * ran;
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
