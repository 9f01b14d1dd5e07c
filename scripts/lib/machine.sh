# shellcheck shell=bash disable=SC2034 # AVAILABLE_CPUS, MACHINE_IDENTITY_KEYS are for bench.sh
# machine.sh: what this machine is and which CPUs a cell may be pinned to.
# Linux reads /proc and /sys; macOS uses sysctl. Anything unreadable is recorded as null.

# expand_cpu_list "0-3,8": prints 0 1 2 3 8 (one per line).
expand_cpu_list() {
    local part from to
    local -a parts
    IFS=',' read -ra parts <<<"$1"
    for part in "${parts[@]}"; do
        part=${part//[[:space:]]/}
        if [[ $part =~ ^([0-9]+)-([0-9]+)$ ]]; then
            from=${BASH_REMATCH[1]} to=${BASH_REMATCH[2]}
            seq "$from" "$to"
        elif is_uint "$part"; then
            printf '%s\n' "$part"
        fi
    done
}

# compress_cpu_list 0 1 2 5: prints 0-2,5
compress_cpu_list() {
    local out='' start='' prev='' cpu
    for cpu in "$@" ''; do
        if [[ -n $prev && $cpu == "$((prev + 1))" ]]; then
            prev=$cpu
            continue
        fi
        if [[ -n $start ]]; then
            out+=${out:+,}$start
            [[ $prev != "$start" ]] && out+=-$prev
        fi
        start=$cpu prev=$cpu
    done
    printf '%s\n' "$out"
}

# load_available_cpus: AVAILABLE_CPUS = the CPUs this process may run on, in order.
load_available_cpus() {
    local list=''
    AVAILABLE_CPUS=()
    if [[ -r /proc/self/status ]]; then
        list=$(awk '/^Cpus_allowed_list:/ { print $2 }' /proc/self/status)
    fi
    if [[ -n $list ]]; then
        mapfile -t AVAILABLE_CPUS < <(expand_cpu_list "$list")
    else
        local n
        n=$(logical_cpus)
        mapfile -t AVAILABLE_CPUS < <(seq 0 "$((${n:-1} - 1))")
    fi
}

# pinning_tool: "taskset" when cells can be pinned, else empty (CVP_NO_TASKSET=1 pretends so).
pinning_tool() {
    if [[ -z ${CVP_NO_TASKSET:-} ]] && command -v taskset >/dev/null 2>&1; then
        printf 'taskset\n'
    fi
}

# cell_cpus K: the CPU list a K-core cell is pinned to (the first K available CPUs).
cell_cpus() {
    compress_cpu_list "${AVAILABLE_CPUS[@]:0:$1}"
}

# pid_affinity PID: the CPU list a running process is allowed on (Linux), else empty.
pid_affinity() {
    if [[ -r /proc/$1/status ]]; then
        awk '/^Cpus_allowed_list:/ { print $2 }' "/proc/$1/status" 2>/dev/null || true
    fi
}

logical_cpus() {
    getconf _NPROCESSORS_ONLN 2>/dev/null || sysctl -n hw.logicalcpu 2>/dev/null || true
}

physical_cores() {
    local topo=/sys/devices/system/cpu
    if compgen -G "$topo/cpu[0-9]*/topology/core_id" >/dev/null; then
        local dir
        for dir in "$topo"/cpu[0-9]*/topology; do
            printf '%s:%s\n' "$(cat "$dir/physical_package_id" 2>/dev/null)" "$(cat "$dir/core_id" 2>/dev/null)"
        done | sort -u | wc -l | tr -d ' '
    else
        sysctl -n hw.physicalcpu 2>/dev/null || true
    fi
}

cpu_model() {
    local model=''
    if [[ -r /proc/cpuinfo ]]; then
        model=$(awk -F': *' '/^(model name|Hardware|cpu model)[[:space:]]*:/ { print $2; exit }' /proc/cpuinfo)
    fi
    if [[ -z $model ]] && command -v lscpu >/dev/null 2>&1; then
        model=$(lscpu 2>/dev/null | awk -F': *' '/^Model name:/ { print $2; exit }')
    fi
    if [[ -z $model ]]; then
        model=$(sysctl -n machdep.cpu.brand_string 2>/dev/null || true)
    fi
    printf '%s\n' "$model"
}

# cpu_governor: the cpufreq governors in use (e.g. "performance"), empty if unknown.
cpu_governor() {
    local files=(/sys/devices/system/cpu/cpu[0-9]*/cpufreq/scaling_governor)
    [[ -r ${files[0]} ]] || return 0
    cat "${files[@]}" 2>/dev/null | sort -u | paste -sd, -
}

memory_total_mib() {
    local kb bytes
    if [[ -r /proc/meminfo ]]; then
        kb=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo)
        is_uint "${kb:-x}" && printf '%s\n' "$((kb / 1024))"
    elif bytes=$(sysctl -n hw.memsize 2>/dev/null) && is_uint "$bytes"; then
        printf '%s\n' "$((bytes / 1048576))"
    fi
}

os_description() {
    if [[ -r /etc/os-release ]]; then
        (
            # shellcheck disable=SC1091
            . /etc/os-release
            printf '%s\n' "${PRETTY_NAME:-${NAME:-}}"
        )
    elif command -v sw_vers >/dev/null 2>&1; then
        printf 'macOS %s\n' "$(sw_vers -productVersion 2>/dev/null)"
    fi
}

# cgroup_cpu_quota: the tightest CPU quota on this process's cgroup path, as text, e.g.
# "1.50 CPUs (cgroup v2 cpu.max 150000 100000 at /user.slice)" or "none (cgroup v1)";
# empty when no cgroup is readable.
cgroup_cpu_quota() {
    [[ -r /proc/self/cgroup ]] || return 0
    local path quota period best='' best_where='' version where dir
    if [[ -r /sys/fs/cgroup/cgroup.controllers ]]; then
        version=2
        path=$(awk -F: '$1 == "0" { print $3; exit }' /proc/self/cgroup)
    else
        version=1
        path=$(awk -F: '$2 ~ /(^|,)cpu(,|$)/ { print $3; exit }' /proc/self/cgroup)
    fi
    [[ -n $path ]] || return 0
    while :; do
        quota='' period=''
        if ((version == 2)); then
            dir=/sys/fs/cgroup${path%/}
            if [[ -r $dir/cpu.max ]]; then
                read -r quota period <"$dir/cpu.max" || true
            fi
        else
            for dir in /sys/fs/cgroup/cpu,cpuacct /sys/fs/cgroup/cpu; do
                dir=$dir${path%/}
                if [[ -r $dir/cpu.cfs_quota_us ]]; then
                    quota=$(<"$dir/cpu.cfs_quota_us") period=$(<"$dir/cpu.cfs_period_us")
                    break
                fi
            done
        fi
        if is_uint "${quota:-x}" && is_uint "${period:-x}" && ((period > 0)); then
            where="cgroup v$version quota $quota period $period at ${path:-/}"
            if [[ -z $best ]] || ((quota * 1000 / period < best)); then
                best=$((quota * 1000 / period)) best_where=$where
            fi
        fi
        [[ $path == / || -z $path ]] && break
        path=$(dirname "$path")
    done
    if [[ -n $best ]]; then
        printf '%d.%02d CPUs (%s)\n' "$((best / 1000))" "$(((best % 1000) / 10))" "$best_where"
    else
        printf 'none (cgroup v%s, no CPU quota set)\n' "$version"
    fi
}

# cgroup_quota_cpus: the quota as whole CPUs rounded down (empty when there is none).
cgroup_quota_cpus() {
    local text
    text=$(cgroup_cpu_quota)
    [[ $text =~ ^([0-9]+)\.[0-9]+\ CPUs ]] && printf '%s\n' "${BASH_REMATCH[1]}"
    return 0
}

git_commit() {
    git -C "$CVP_ROOT" rev-parse --verify -q HEAD 2>/dev/null || true
}

# git_dirty: true/false (uncommitted changes, untracked files included), empty outside git.
git_dirty() {
    local status
    status=$(git --no-optional-locks -C "$CVP_ROOT" status --porcelain 2>/dev/null) || return 0
    if [[ -n $status ]]; then printf 'true\n'; else printf 'false\n'; fi
}

# queue_machine_facts: queue the machine-describing fields of machine.json (jop).
# These are the fields a --resume compares, so only facts of the machine and code go here.
queue_machine_facts() {
    local physical logical commit dirty governor memory quota
    logical=$(logical_cpus)
    physical=$(physical_cores)
    commit=$(git_commit)
    dirty=$(git_dirty)
    governor=$(cpu_governor)
    memory=$(memory_total_mib)
    quota=$(cgroup_cpu_quota)
    jop s hostName "$(uname -n)"
    jop_value cpuModel "$(cpu_model)"
    if is_uint "${logical:-x}"; then jop n logicalCpus "$logical"; else jop z logicalCpus; fi
    if is_uint "${physical:-x}"; then jop n physicalCores "$physical"; else jop z physicalCores; fi
    jop s availableCpus "$(compress_cpu_list "${AVAILABLE_CPUS[@]}")"
    jop_value cgroupCpuQuota "$quota"
    jop_value cpuGovernor "$governor"
    if is_uint "${memory:-x}"; then jop n memoryTotalMiB "$memory"; else jop z memoryTotalMiB; fi
    jop jvm
    jop_value osDescription "$(os_description)"
    jop_value gitCommit "$commit"
    if [[ -n $dirty ]]; then jop b gitDirty "$dirty"; else jop z gitDirty; fi
}

# The machine.json fields that must match for --resume (besides gitCommit).
readonly MACHINE_IDENTITY_KEYS=(hostName cpuModel logicalCpus physicalCores availableCpus arch osName osVersion jvmVendor jvmVersion gitCommit)
