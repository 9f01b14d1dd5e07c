# shellcheck shell=bash disable=SC2034 # CVP_ROOT and the EXIT_* codes are for the sourcing script
# common.sh: messages, exit codes and small utilities shared by scripts/*.sh.
# Sourced, never run. The sourcing script sets CVP_SCRIPT (its name, for messages)
# and defines usage() (printed after an argument error).

if [[ -z ${BASH_VERSINFO[0]:-} ]] || ((BASH_VERSINFO[0] < 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] < 4))); then
    echo "${CVP_SCRIPT:-cvp}: needs bash 4.4 or newer (this is ${BASH_VERSION:-not bash}); on macOS: brew install bash" >&2
    exit 1
fi

CVP_LIB=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CVP_SCRIPTS=$(dirname "$CVP_LIB")
CVP_ROOT=$(dirname "$CVP_SCRIPTS")

# Exit codes shared by bench.sh and report.sh.
readonly EXIT_OK=0 EXIT_FAILED=1 EXIT_USAGE=2

say() {
    printf '%s\n' "$*"
}

warn() {
    printf '%s: warning: %s\n' "$CVP_SCRIPT" "$*" >&2
}

note() {
    printf '%s: %s\n' "$CVP_SCRIPT" "$*" >&2
}

# die CODE MESSAGE: one clear line on stderr, then exit.
die() {
    local code=$1
    shift
    printf '%s: %s\n' "$CVP_SCRIPT" "$*" >&2
    exit "$code"
}

# usage_error MESSAGE: a bad argument; one line naming it, the usage, exit 2.
usage_error() {
    printf '%s: %s\n' "$CVP_SCRIPT" "$*" >&2
    usage >&2
    exit "$EXIT_USAGE"
}

is_uint() {
    [[ $1 =~ ^[0-9]+$ ]]
}

# now_ms: wall-clock milliseconds (EPOCHREALTIME where bash has it).
now_ms() {
    if [[ -n ${EPOCHREALTIME:-} ]]; then
        local t=${EPOCHREALTIME/[.,]/}
        printf '%s\n' "$((10#${t:0:${#t}-3}))"
    else
        printf '%s\n' "$(($(date +%s) * 1000))"
    fi
}

# seconds_between START_MS END_MS: elapsed seconds with one decimal, e.g. 12.3
seconds_between() {
    local tenths=$((($2 - $1 + 50) / 100))
    printf '%d.%d\n' "$((tenths / 10))" "$((tenths % 10))"
}

iso_now() {
    date -u +%Y-%m-%dT%H:%M:%SZ
}

# human_duration SECONDS: 45s, 4m, 1h05m
human_duration() {
    local s=$1
    if ((s < 60)); then
        printf '%ds\n' "$s"
    elif ((s < 3600)); then
        printf '%dm\n' "$(((s + 30) / 60))"
    else
        printf '%dh%02dm\n' "$((s / 3600))" "$(((s % 3600) / 60))"
    fi
}

# parse_duration TEXT: 90, 90s, 20m, 2h -> seconds on stdout; non-zero if malformed.
parse_duration() {
    local text=$1
    if [[ $text =~ ^([0-9]+)(s|m|h)?$ ]]; then
        local n=$((10#${BASH_REMATCH[1]}))
        case ${BASH_REMATCH[2]} in
            m) n=$((n * 60)) ;;
            h) n=$((n * 3600)) ;;
        esac
        ((n > 0)) || return 1
        printf '%s\n' "$n"
        return 0
    fi
    return 1
}

# one_line TEXT: TEXT with tabs, newlines and carriage returns replaced by spaces.
one_line() {
    local text=$1
    text=${text//$'\t'/ }
    text=${text//$'\r'/ }
    printf '%s\n' "${text//$'\n'/ }"
}

# free_mb DIR: megabytes free on DIR's file system (empty when df cannot tell).
free_mb() {
    local kb
    kb=$(df -Pk "$1" 2>/dev/null | awk 'NR == 2 { print $4 }') || true
    if is_uint "${kb:-x}"; then
        printf '%s\n' "$((kb / 1024))"
    fi
}

# is_our_runner PID: is PID alive and running one of our scripts?
is_our_runner() {
    local args
    args=$(ps -o args= -p "$1" 2>/dev/null) || return 1
    [[ $args == *bench.sh* ]]
}

# poll_interval: a short sleep interval if this sleep accepts fractions, else 1.
poll_interval() {
    if sleep 0.01 2>/dev/null; then
        printf '0.2\n'
    else
        printf '1\n'
    fi
}
