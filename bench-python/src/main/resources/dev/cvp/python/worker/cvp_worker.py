# The bench-python worker's entry point, started by dev.cvp.python.worker.PythonWorker as
#   <python> -B -S cvp_worker.py [--temporary-directory]
# (with the flag, the directory holding these files is removed if the JVM goes away first).
# It only checks the interpreter's version, in syntax that every Python can parse, so that an
# interpreter that is too old says so in one line instead of failing with a SyntaxError in the
# real worker (cvp_serve.py). Then it serves requests until its standard input closes.
import sys

MINIMUM = (3, 8)
TOO_OLD_EXIT_CODE = 3

if sys.version_info < MINIMUM:
    sys.stderr.write(
        "bench-python: %s is Python %s, the worker needs Python %d.%d or newer; "
        "pass a newer interpreter with --python PATH (JMH: -p python=PATH)\n"
        % (sys.executable, sys.version.split()[0], MINIMUM[0], MINIMUM[1]))
    sys.exit(TOO_OLD_EXIT_CODE)

# A process-pool child (multiprocessing's spawn) imports this file as __mp_main__: it must not serve.
if __name__ == "__main__":
    import cvp_serve
    cvp_serve.main(sys.argv[1:])
