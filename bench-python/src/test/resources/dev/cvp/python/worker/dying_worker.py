# A worker that answers "info" like the real one, then dies in its first job with a message on
# stderr: what PythonWorker must turn into one line with the tail of that stderr.
import json
import sys

for line in sys.stdin:
    request = json.loads(line)
    if request["op"] == "info":
        info = {"version": sys.version, "versionInfo": list(sys.version_info[:3]), "implementation": "cpython",
                "gilEnabled": True, "freeThreadedBuild": False, "executable": sys.executable, "pid": 0, "cpus": 1}
        print(json.dumps({"id": request["id"], "ok": True, "info": info}), flush=True)
    else:
        sys.stderr.write("dying_worker: first line before the crash\n")
        sys.stderr.write("dying_worker: MemoryError while running %s\n" % request["job"])
        sys.exit(7)
