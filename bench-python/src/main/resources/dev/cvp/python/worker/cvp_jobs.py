"""The jobs: what one task does, in each form a strategy needs, and how its result is checked.

  fib       task i computes fib(n) by the naive recursion          result: fib(n)
  sleep     task i waits latencyMs                                 result: 1
  http      task i fetches /page/i from the latency server         result: body bytes
  pipeline  task i fetches /page/i, formats its headers as
            "name: value" lines, writes them to <dir>/headers-i    result: bytes written, and the
                                                                   time of each stage (ns)

A job has task(i) (threads, sequential), coroutine(i) (asyncio) and, for CPU work,
process_task() (a picklable function for the process pool); STRATEGIES names those it has.
check(results, tasks) checks every task's result and returns their sum; stages(results) returns
the task time spent in each stage, summed over the tasks ({"fetchNs", "formatNs", "writeNs"}),
or None for a job without stages.
"""
import asyncio
import functools
import os
import time

import cvp_pages


class JobError(Exception):
    pass


class Jobs:
    """One job object per (name, args), kept between operations (with its connections)."""

    def __init__(self):
        self._jobs = {}

    def get(self, name, args):
        key = (name, tuple(sorted(args.items())))
        job = self._jobs.get(key)
        if job is None:
            job = self._jobs[key] = job_class(name)(args)
        return job

    @staticmethod
    def require(name, strategy):
        """Fails unless job name can run with strategy: at prepare, before any operation."""
        job = job_class(name)
        if strategy not in job.STRATEGIES:
            raise JobError("strategy %s does not apply to %s (it runs with %s); remove it from -p strategy "
                           "for this benchmark" % (strategy, name, ", ".join(job.STRATEGIES)))

    def close(self):
        for job in self._jobs.values():
            job.close()


def job_class(name):
    factory = FACTORIES.get(name)
    if factory is None:
        raise ValueError("unknown job %r (expected one of %s)" % (name, ", ".join(sorted(FACTORIES))))
    return factory


class Job:
    name = "?"
    STRATEGIES = ()

    def task(self, i):
        raise JobError("%s has no blocking form" % self.name)

    async def coroutine(self, i):
        raise JobError("%s has no asyncio form" % self.name)

    def process_task(self):
        raise JobError("%s does not run in a process pool" % self.name)

    def check(self, results, tasks):
        if len(results) != tasks:
            raise JobError("%s: %d results for %d tasks" % (self.name, len(results), tasks))
        return sum(results)

    def stages(self, results):
        return None

    def close(self):
        pass


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def fib_task(n, _task):
    return fib(n)


class Fib(Job):
    name = "fib"
    STRATEGIES = ("sequential", "threading", "multiprocessing")

    def __init__(self, args):
        self.n = int(args["n"])
        a, b = 0, 1
        for _ in range(self.n):
            a, b = b, a + b
        self.expected = a

    def task(self, i):
        return fib(self.n)

    def process_task(self):
        return functools.partial(fib_task, self.n)

    def check(self, results, tasks):
        for i, value in enumerate(results):
            if value != self.expected:
                raise JobError("fib task %d computed %r, fib(%d) is %d" % (i, value, self.n, self.expected))
        return super().check(results, tasks)


class Sleep(Job):
    name = "sleep"
    STRATEGIES = ("sequential", "threading", "asyncio")

    def __init__(self, args):
        self.seconds = int(args["latencyMs"]) / 1000.0

    def task(self, i):
        time.sleep(self.seconds)
        return 1

    async def coroutine(self, i):
        return await asyncio.sleep(self.seconds, result=1)

    def check(self, results, tasks):
        if any(value != 1 for value in results):
            raise JobError("a sleep task returned something other than 1")
        return super().check(results, tasks)


class Http(Job):
    name = "http"
    STRATEGIES = ("sequential", "threading", "asyncio")

    def __init__(self, args):
        self.pages = cvp_pages.Pages(args)

    def task(self, i):
        return len(self.pages.check(i, *self.pages.fetch(i)))

    async def coroutine(self, i):
        return len(self.pages.check(i, *await self.pages.fetch_async(i)))

    def close(self):
        self.pages.close()


class Pipeline(Http):
    """The chapter's first example: fetch a page, format its headers, write them to a file.

    A task's result is (bytes written, fetch ns, format ns, write ns): each task times its own
    stages with perf_counter_ns, so concurrent tasks need no shared clock or lock.
    """
    name = "pipeline"

    def __init__(self, args):
        super().__init__(args)
        self.directory = args["dir"]

    def task(self, i):
        started = time.perf_counter_ns()
        status, headers, body = self.pages.fetch(i)
        self.pages.check(i, status, headers, body)
        return self.format_and_write(i, headers, started)

    async def coroutine(self, i):
        started = time.perf_counter_ns()
        status, headers, body = await self.pages.fetch_async(i)
        self.pages.check(i, status, headers, body)
        # A small page-cache write, done inline on the loop as a coroutine without
        # run_in_executor would (the stdlib has no asynchronous file I/O).
        return self.format_and_write(i, headers, started)

    def format_and_write(self, i, headers, started):
        """Formats the header lines and writes them; the result with the three stage times."""
        fetched = time.perf_counter_ns()
        data = "".join("%s: %s\n" % (name, value) for name, value in headers).encode("utf-8")
        formatted = time.perf_counter_ns()
        size = self.write(i, data)
        return size, fetched - started, formatted - fetched, time.perf_counter_ns() - formatted

    def write(self, i, data):
        """Writes data over the task's file; returns the bytes written, checked."""
        # In place, then trimmed, as bench-io does: on ext4, truncating a file to zero and
        # rewriting it makes close() flush it to disk, a hidden fsync a fresh file would not pay.
        fd = os.open(os.path.join(self.directory, "headers-%d" % i), os.O_WRONLY | os.O_CREAT, 0o644)
        try:
            written = 0
            while written < len(data):
                written += os.write(fd, data[written:])
            os.ftruncate(fd, written)
            size = os.fstat(fd).st_size
        finally:
            os.close(fd)
        if size != len(data):
            raise JobError("pipeline task %d: the file holds %d bytes, %d were written" % (i, size, len(data)))
        return size

    def check(self, results, tasks):
        return super().check([result[0] for result in results], tasks)

    def stages(self, results):
        return {"fetchNs": sum(r[1] for r in results), "formatNs": sum(r[2] for r in results),
                "writeNs": sum(r[3] for r in results)}


FACTORIES = {"fib": Fib, "sleep": Sleep, "http": Http, "pipeline": Pipeline}
