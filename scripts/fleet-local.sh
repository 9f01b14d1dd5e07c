#!/usr/bin/env bash
# fleet-local.sh: the bench-fleet workflow's steps on this one machine. Three "machines" run
# scripts/bench.sh the way the matrix jobs do, each with its own --label and into its own folder
# (as each job's uploaded artifact), then the final job's step compares the three:
#   one-core     taskset -c 0 scripts/bench.sh ...   (the runner sees one CPU: a 1-core machine)
#   two-core     scripts/bench.sh --cores 1,2 ...
#   two-core-c1  scripts/bench.sh --cores 1,2 ... -- -jvmArgsAppend -XX:TieredStopAtLevel=1
#                (C1 only: stands for a different JVM, which this machine does not have)
# then: scripts/report.sh OUT/bundles/* -o OUT/comparison.md
#
#   scripts/fleet-local.sh --out DIR [--profile smoke|quick|full] [--modules cpu,...] [-- JMH options]
# The options after -- go to every bench.sh run (e.g. a benchmark regex, -f 2). DIR must not exist.
# Exit: report.sh's (0 complete, 3 something left out or missing, 2 nothing comparable);
# 1 when a bench.sh run failed (its bundle is still compared when it wrote one).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

usage() { sed -n 's/^#   //p' "$0" >&2; exit 2; }

out='' profile=smoke modules=cpu
while (($#)); do
    case $1 in
        --out) out=${2:?--out needs a folder}; shift 2 ;;
        --profile) profile=${2:?--profile needs a name}; shift 2 ;;
        --modules) modules=${2:?--modules needs a list}; shift 2 ;;
        --) shift; break ;;
        *) echo "fleet-local.sh: unknown option $1" >&2; usage ;;
    esac
done
[[ -n $out ]] || usage
[[ ! -e $out ]] || { echo "fleet-local.sh: --out $out exists; give a new folder" >&2; exit 2; }
mkdir -p "$out/bundles"
jmh=("$@")

failed=0
# bench LABEL [PREFIX...] -- [BENCH OPTIONS...]: one matrix job, its bundle under $out/bundles/
bench() {
    local label=$1 prefix=()
    shift
    while [[ $1 != -- ]]; do prefix+=("$1"); shift; done
    shift
    echo "fleet-local.sh: machine $label: ${prefix[*]} scripts/bench.sh --label $label $*" >&2
    CVP_RESULTS_DIR=$out/bundles "${prefix[@]}" "$here/bench.sh" --label "$label" --profile "$profile" \
        --modules "$modules" "$@" || failed=1
}

bench one-core taskset -c 0 -- -- "${jmh[@]}"
bench two-core -- --cores 1,2 -- "${jmh[@]}"
bench two-core-c1 -- --cores 1,2 -- -jvmArgsAppend -XX:TieredStopAtLevel=1 "${jmh[@]}"

rc=0
"$here/report.sh" "$out"/bundles/* -o "$out/comparison.md" || rc=$?
if ((rc == 0 && failed)); then
    rc=1
fi
exit "$rc"
