#!/usr/bin/env bash
# report.sh: render result bundles with the report tool (reports/).
#   scripts/report.sh RUN_DIR                    report.md, results.csv, charts/ into RUN_DIR
#   scripts/report.sh RUN_DIR RUN_DIR... -o FILE cross-machine comparison into FILE
# A thin launcher: it finds a JDK 21+, builds reports/target/reports.jar when stale and execs it.
# Exit: 0 complete, 3 written but cells are missing, 2 bad arguments or input, 1 no JDK or no build.
set -euo pipefail
LAUNCHER=report.sh LAUNCHER_PATH=$0
# shellcheck source=lib/launch.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/launch.sh"
launch bundle reports -- "$@"
