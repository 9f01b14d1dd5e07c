"""The worker's side of the pipe: one JSON request per line on stdin, one JSON answer per line.

Requests and answers (every answer carries the request's "id" and "ok"; "ok": false carries a
one-line "error"):

  {"op": "info"}                           -> {"info": {"version", "versionInfo", "implementation",
                                               "gilEnabled", "freeThreadedBuild", "executable",
                                               "pid", "cpus"}}
  {"op": "prepare", "strategy", "workers", "job"?}
                                           -> {"pids": [pool process ids]}  (pools start here; with
                                              "job", fails unless that job runs with the strategy)
  {"op": "run", "job", "strategy", "tasks", "args"}
                                           -> {"result": sum of the task results, "checked": tasks,
                                               "stages"?: {"fetchNs", "formatNs", "writeNs"} summed
                                               over the tasks, for a job with stages (pipeline)}
  {"op": "close"}                          -> {}  then the worker stops its pools and exits

The answers go to a private copy of the original stdout; fd 1 itself is pointed at stderr, so
a stray print (here or in a pool process) can never corrupt the protocol.

When stdin closes without a "close" (the JVM was killed, or gave up on us), nobody is left to
read an answer: the worker kills its pool processes and exits at once, even in mid-job, removing
its own files first when started with --temporary-directory (the JVM cannot any more).
"""
import json
import multiprocessing
import os
import queue
import shutil
import sys
import sysconfig
import threading

import cvp_jobs
import cvp_pools


def main(argv):
    answers = _take_protocol_output()
    _raise_open_file_limit()
    requests = queue.Queue()
    closing = threading.Event()
    own_files = os.path.dirname(os.path.abspath(__file__)) if "--temporary-directory" in argv else None
    threading.Thread(target=_read_requests, args=(requests, closing, own_files), name="cvp-stdin",
                     daemon=True).start()
    worker = Worker(closing)
    while True:
        answer, done = worker.handle(requests.get())
        answers.write(json.dumps(answer) + "\n")
        answers.flush()
        if done:
            return


class Worker:
    """Answers one request at a time, keeping its pools and its jobs' connections between them."""

    def __init__(self, closing):
        self.closing = closing
        self.strategies = cvp_pools.Strategies()
        self.jobs = cvp_jobs.Jobs()

    def handle(self, line):
        """Returns (answer, whether this was the last request)."""
        try:
            request = json.loads(line)
            if not isinstance(request, dict):
                raise ValueError("not a JSON object")
        except ValueError as e:
            return {"id": None, "ok": False, "error": "malformed request (%s): %.200r" % (e, line)}, False
        op = request.get("op")
        try:
            answer = self._answer(op, request)
            answer.update(id=request.get("id"), ok=True)
        except Exception as e:  # one job failing must not kill the worker: the JVM gets the error
            answer = {"id": request.get("id"), "ok": False, "error": _one_line(e)}
        return answer, op == "close"

    def _answer(self, op, request):
        if op == "info":
            return {"info": interpreter_info()}
        if op == "prepare":
            if request.get("job") is not None:
                cvp_jobs.Jobs.require(request["job"], request["strategy"])
            return {"pids": self.strategies.prepare(request["strategy"], int(request.get("workers", 0)))}
        if op == "run":
            job = self.jobs.get(request["job"], request.get("args") or {})
            tasks = int(request["tasks"])
            results = self.strategies.run(request["strategy"], job, tasks)
            answer = {"result": job.check(results, tasks), "checked": len(results)}
            stages = job.stages(results)
            if stages is not None:
                answer["stages"] = stages
            return answer
        if op == "close":
            self.closing.set()  # the end of stdin that follows is expected now
            self.jobs.close()
            self.strategies.close()
            return {}
        raise ValueError("unknown op %r (expected info, prepare, run or close)" % (op,))


def interpreter_info():
    """Who is running: the report labels results with it, a test checks it."""
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
    return {
        "version": sys.version,
        "versionInfo": list(sys.version_info[:3]),
        "implementation": sys.implementation.name,
        "gilEnabled": bool(is_gil_enabled()) if is_gil_enabled else True,
        "freeThreadedBuild": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        "executable": sys.executable,
        "pid": os.getpid(),
        "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
    }


def _one_line(error):
    text = "%s: %s" % (type(error).__name__, error)
    return " ".join(text.split())


def _take_protocol_output():
    """A private duplicate of stdout for the answers; fd 1 then goes to stderr."""
    private = os.dup(1)  # not inheritable: pool processes never hold the JVM's pipe
    os.dup2(2, 1)
    return open(private, "w", encoding="utf-8", newline="\n")


def _raise_open_file_limit():
    """10,000 connections in flight need 10,000 descriptors: take the hard limit if allowed."""
    try:
        import resource
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        if hard != resource.RLIM_INFINITY and soft < hard:
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    except (ImportError, ValueError, OSError):
        pass  # not on this platform, or not allowed: the job fails later with EMFILE, named


def _read_requests(requests, closing, own_files):
    """Reads stdin with os.read (no Python-level lock that a pool process could inherit held)."""
    pending = b""
    while True:
        chunk = os.read(0, 1 << 16)
        if not chunk:
            break
        pending += chunk
        *lines, pending = pending.split(b"\n")
        for line in lines:
            if line.strip():
                requests.put(line)
    if not closing.is_set():
        _stop_now(own_files)


def _stop_now(own_files):
    """Parent gone: kill the pool processes (they would notice too, a little later) and exit."""
    for child in multiprocessing.active_children():
        child.kill()
    if own_files:
        shutil.rmtree(own_files, ignore_errors=True)
    os._exit(0)
