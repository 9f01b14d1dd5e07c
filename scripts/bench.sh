#!/usr/bin/env bash
# bench.sh: run the benchmark matrix on 1, 2, 4... cores into a result bundle and write its report.
# A thin launcher: it finds a JDK 21+, builds the runner (runner/) when stale and execs it; the
# runner does everything else. Options and exit codes: scripts/bench.sh --help, README.md.
set -euo pipefail
LAUNCHER=bench.sh LAUNCHER_PATH=$0
# shellcheck source=lib/launch.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/launch.sh"
launch bundle reports runner -- "$@"
