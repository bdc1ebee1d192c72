#!/bin/bash
# measured.sh CMD [ARGS...]: runs CMD and prints, when it ends, its peak resident memory (VmHWM,
# sampled every 0.2 s) and the CPU seconds (user + system) of each of its threads, as last
# sampled. For the benchmarks whose memory and per-thread CPU docs/performance.md reports
# (bench_import: the importer's thread and the SQLite writer's); /usr/bin/time is not in the
# build root. Run it inside the root: packaging/devroot exec -- tests/bench/measured.sh …
"$@" &
pid=$!
peak=0
declare -A cpu
ticks=$(getconf CLK_TCK)
while kill -0 "$pid" 2>/dev/null; do
    hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2>/dev/null)
    [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
    for task in /proc/"$pid"/task/*; do
        used=$(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{ print $12 + $13 }')
        [ -n "$used" ] && cpu[$(basename "$task")]=$used
    done
    sleep 0.2
done
wait "$pid"
status=$?
echo "peak resident memory: $((peak / 1024)) MiB; exit status $status" >&2
for task in "${!cpu[@]}"; do
    awk -v used="${cpu[$task]}" -v ticks="$ticks" -v task="$task" \
        'BEGIN { printf "thread %s: %.1f s CPU\n", task, used / ticks }' >&2
done
exit "$status"
