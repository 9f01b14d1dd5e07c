package dev.cvp.io.strategy;

/** How a task running on an event loop reports its end. Called once per task, on the loop thread. */
public interface TaskCallback {

    void done(long result);

    void failed(Throwable error);
}
