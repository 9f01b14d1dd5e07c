"""The strategies: how one operation's tasks run, and what each keeps ready between operations.

  sequential       one task after another on the main thread
  threading        a concurrent.futures.ThreadPoolExecutor, all its threads started at prepare
  multiprocessing  a multiprocessing.Pool ("spawn"), all its processes started at prepare
  asyncio          one event loop, made at prepare; an operation is one asyncio.gather

Everything a strategy needs is made by prepare, outside the measurement; run only uses it.
"""
import asyncio
import concurrent.futures
import multiprocessing
import os
import threading
import time

START_TIMEOUT_SECONDS = 120
# 1,000 threads at the default 8 MiB each would reserve 8 GB of address space; the tasks need
# a few frames.
THREAD_STACK_BYTES = 512 * 1024
PARENT_POLL_SECONDS = 0.5

NAMES = ("sequential", "threading", "multiprocessing", "asyncio")


class Strategies:

    def __init__(self):
        self._threads = None
        self._processes = None
        self._loop = None

    def prepare(self, strategy, workers):
        """Starts what strategy needs; returns the ids of the processes it started."""
        if strategy == "threading":
            self._threads = _start_threads(_at_least_one(workers, strategy))
        elif strategy == "multiprocessing":
            self._processes = _start_processes(_at_least_one(workers, strategy))
            return [child.pid for child in multiprocessing.active_children()]
        elif strategy == "asyncio":
            self._loop = asyncio.new_event_loop()
        elif strategy != "sequential":
            raise ValueError("unknown strategy %r (expected one of %s)" % (strategy, ", ".join(NAMES)))
        return []

    def run(self, strategy, job, tasks):
        """One operation: tasks 0..tasks-1 of job; their results, in task order."""
        if strategy == "sequential":
            return [job.task(i) for i in range(tasks)]
        if strategy == "threading":
            return list(self._ready(self._threads, strategy).map(job.task, range(tasks)))
        if strategy == "multiprocessing":
            return self._ready(self._processes, strategy).map(job.process_task(), range(tasks), chunksize=1)
        if strategy == "asyncio":
            loop = self._ready(self._loop, strategy)
            return loop.run_until_complete(_gather(job, tasks))
        raise ValueError("unknown strategy %r (expected one of %s)" % (strategy, ", ".join(NAMES)))

    def close(self):
        if self._threads is not None:
            self._threads.shutdown(wait=True)
        if self._processes is not None:
            self._processes.terminate()
            self._processes.join()
        if self._loop is not None:
            self._loop.close()

    @staticmethod
    def _ready(pool, strategy):
        if pool is None:
            raise ValueError("strategy %s was not prepared; send prepare first" % strategy)
        return pool


async def _gather(job, tasks):
    return await asyncio.gather(*(job.coroutine(i) for i in range(tasks)))


def _at_least_one(workers, strategy):
    if workers < 1:
        raise ValueError("strategy %s needs workers >= 1, got %d" % (strategy, workers))
    return workers


def _start_threads(workers):
    """A pool whose threads all exist before the first operation (the executor starts them lazily)."""
    previous = threading.stack_size(THREAD_STACK_BYTES)
    try:
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="cvp-thread")
        # Each submit finds every earlier thread still waiting at its gate, so it starts a new one.
        # The gates then open one at a time: opened at once, every thread would wake and fight
        # for the GIL (thousands of threads take minutes to settle).
        gates = [threading.Event() for _ in range(workers)]
        started = [pool.submit(gate.wait, START_TIMEOUT_SECONDS) for gate in gates]
        for gate, thread_started in zip(gates, started):
            gate.set()
            thread_started.result()
        return pool
    finally:
        threading.stack_size(previous)


def _start_processes(workers):
    """A pool whose processes have all started and imported the jobs before the first operation.

    "spawn" on every platform: a fresh interpreter per process, so nothing of this process's
    threads (the stdin reader) is inherited half-locked, as fork could.
    """
    context = multiprocessing.get_context("spawn")
    ready = context.Barrier(workers + 1)
    pool = context.Pool(workers, initializer=_pool_process_started, initargs=(ready,))
    ready.wait(START_TIMEOUT_SECONDS)
    return pool


def _pool_process_started(ready):
    threading.Thread(target=_exit_when_orphaned, args=(os.getppid(),), name="cvp-parent-watch",
                     daemon=True).start()
    ready.wait(START_TIMEOUT_SECONDS)


def _exit_when_orphaned(parent):
    """A pool process whose worker died (SIGKILL: no chance to clean up) exits by itself."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(0)
