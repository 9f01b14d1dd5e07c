package dev.cvp.io.strategy;

import dev.cvp.io.loop.EventLoop;

/** A workload whose tasks can run as callbacks on one {@link EventLoop}, never blocking it. */
public interface LoopWorkload extends Workload {

    /**
     * Starts task {@code task} on {@code loop} (call on the loop thread) and returns at once;
     * {@code callback} is called on the loop thread when the task is done or failed.
     */
    void runOnLoop(int task, EventLoop loop, TaskCallback callback);
}
