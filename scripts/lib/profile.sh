# shellcheck shell=bash
# profile.sh: JMH options from scripts/profiles/<profile>.jmh (common) and
# scripts/profiles/<module>.<profile>.jmh (per module, optional).
#
# Format: whitespace-separated JMH arguments; '#' starts a comment. A comment line
#   #! cell-timeout=30m
# sets the per-cell time limit (seconds, or with an s/m/h suffix); a module profile's
# value overrides the common one. The token {tasks} is replaced by the run's task count.
# JMH keeps only one -jvmArgsAppend value per option in some versions, so all of them
# are merged into one string (PROFILE_JVM_APPEND) that bench.sh passes once per cell.

# CVP_PROFILES_DIR replaces scripts/profiles (used by the test suite).
readonly CVP_PROFILES=${CVP_PROFILES_DIR:-$CVP_SCRIPTS/profiles}

# Options bench.sh sets itself for every cell; a profile or extra option must not change them.
readonly RESERVED_JMH_OPTIONS=(-rf -rff -o -h -l -lp -lrf -lprof)

# profile_names: the common profiles that exist: smoke, quick, full, then any others.
profile_names() {
    local f name
    for name in smoke quick full; do
        [[ ! -f $CVP_PROFILES/$name.jmh ]] || printf '%s\n' "$name"
    done
    for f in "$CVP_PROFILES"/*.jmh; do
        name=$(basename "$f" .jmh)
        [[ $name == *.* || " smoke quick full " == *" $name "* ]] || printf '%s\n' "$name"
    done
}

# read_profile_file FILE WHAT: append FILE's tokens to PROFILE_TOKENS; a cell-timeout
# directive sets PROFILE_TIMEOUT. WHAT names the file in error messages.
read_profile_file() {
    local file=$1 what=$2 line key value
    local -a words
    while IFS= read -r line || [[ -n $line ]]; do
        if [[ $line =~ ^[[:space:]]*\#![[:space:]]*([a-z-]+)[[:space:]]*=[[:space:]]*([^[:space:]]*) ]]; then
            key=${BASH_REMATCH[1]} value=${BASH_REMATCH[2]}
            case $key in
                cell-timeout)
                    PROFILE_TIMEOUT=$(parse_duration "$value") ||
                        die "$EXIT_FAILED" "$what: cell-timeout '$value' is not a duration (e.g. 900, 15m, 2h)"
                    ;;
                *) die "$EXIT_FAILED" "$what: unknown directive '#! $key'; known: cell-timeout" ;;
            esac
            continue
        fi
        line=${line%$'\r'}
        line=${line%%#*}
        read -ra words <<<"$line"
        PROFILE_TOKENS+=("${words[@]}")
    done <"$file"
}

# split_jvm_append WHAT TOKEN...: JMH arguments -> PROFILE_ARGS (everything but
# -jvmArgsAppend) and PROFILE_JVM_APPEND (their values joined); rejects reserved options.
split_jvm_append() {
    local what=$1 i token reserved
    shift
    local -a tokens=("$@")
    for ((i = 0; i < ${#tokens[@]}; i++)); do
        token=${tokens[i]}
        case $token in
            -jvmArgsAppend | --jvmArgsAppend)
                ((i + 1 < ${#tokens[@]})) || die "$EXIT_USAGE" "$what: $token needs a value"
                i=$((i + 1))
                PROFILE_JVM_APPEND+=${PROFILE_JVM_APPEND:+ }${tokens[i]}
                continue
                ;;
        esac
        for reserved in "${RESERVED_JMH_OPTIONS[@]}"; do
            if [[ $token == "$reserved" || $token == "-$reserved" ]]; then
                die "$EXIT_USAGE" "$what: JMH option $token is set by bench.sh itself (results and logs go into the bundle); remove it"
            fi
        done
        PROFILE_ARGS+=("$token")
    done
}

# last_option_wins: JMH refuses an option given twice ("Found multiple arguments for option
# i"), so in PROFILE_ARGS a later option replaces an earlier one: the module profile
# overrides the common profile, and options after -- override both. -p and -prof are keyed
# by parameter and profiler name (-p tasks=64 replaces -p tasks=8 but keeps -p size=1);
# positional arguments (benchmark regexes) are all kept.
last_option_wins() {
    local i n=${#PROFILE_ARGS[@]} token value key
    local -a keys=() pairs=()
    local -A last=()
    for ((i = 0; i < n; i++)); do
        token=${PROFILE_ARGS[i]}
        if [[ $token == -* ]] && ((i + 1 < n)); then
            value=${PROFILE_ARGS[i + 1]}
            case $token in
                -p) key="-p ${value%%=*}" ;;
                -prof) key="-prof ${value%%:*}" ;;
                *) key=$token ;;
            esac
            pairs+=(2)
            i=$((i + 1))
        else
            key="positional $i"
            pairs+=(1)
        fi
        keys+=("$key")
        last[$key]=$((${#keys[@]} - 1))
    done
    local -a kept=()
    local entry=0
    for ((i = 0; i < n; entry++)); do
        if ((last[${keys[entry]}] == entry)); then
            kept+=("${PROFILE_ARGS[@]:i:${pairs[entry]}}")
        fi
        i=$((i + pairs[entry]))
    done
    PROFILE_ARGS=("${kept[@]}")
}

# resolve_module_profile MODULE PROFILE TASKS EXTRA...: the JMH arguments of MODULE's cells.
# Sets PROFILE_ARGS, PROFILE_JVM_APPEND and PROFILE_TIMEOUT (seconds).
resolve_module_profile() {
    local module=$1 profile=$2 tasks=$3 common module_file token
    shift 3
    common=$CVP_PROFILES/$profile.jmh
    module_file=$CVP_PROFILES/$module.$profile.jmh
    PROFILE_TOKENS=() PROFILE_ARGS=() PROFILE_JVM_APPEND='' PROFILE_TIMEOUT=''
    read_profile_file "$common" "$common"
    if [[ -f $module_file ]]; then
        read_profile_file "$module_file" "$module_file"
    fi
    PROFILE_TIMEOUT=${PROFILE_TIMEOUT:-3600}
    local -a profile_tokens=() extra_tokens=()
    for token in "${PROFILE_TOKENS[@]}"; do
        profile_tokens+=("${token//\{tasks\}/$tasks}")
    done
    for token in "$@"; do
        extra_tokens+=("${token//\{tasks\}/$tasks}")
    done
    split_jvm_append "$common or $module_file" "${profile_tokens[@]}"
    split_jvm_append "extra JMH options after --" "${extra_tokens[@]}"
    last_option_wins
}
