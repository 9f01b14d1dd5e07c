package dev.cvp.process.spawn;

import dev.cvp.process.worker.WorkerMain;
import dev.cvp.process.worker.WorkerMode;
import dev.cvp.support.jvm.JvmCommand;

/**
 * The child JVM of a worker: {@code WorkerMain <mode> <args>} started with the shared
 * {@link JvmCommand} (the parent's {@code java}, class path and processor count, never a shell),
 * plus {@code -Xshare:auto} and nothing else. A worker must compute at full speed (no
 * {@code TieredStopAtLevel}), just as a thread of the parent would.
 */
public final class WorkerCommand {

    private WorkerCommand() {
    }

    /** The command of a worker running {@code mode} with {@code args}. */
    public static JvmCommand of(WorkerMode mode, String... args) {
        return JvmCommand.of(WorkerMain.class).flags("-Xshare:auto").args(mode.word()).args(args);
    }
}
