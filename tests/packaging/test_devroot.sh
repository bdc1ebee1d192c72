#!/usr/bin/env bash
# Argument handling of packaging/devroot: bad commands and options fail with exit 2 and a message
# that names the problem; good ones run. Runs in native mode (inside the root or on a Qt 6.8 host).
set -u
devroot=$1
failures=0
passes=0

expect() { # expect EXIT-CODE MESSAGE-PATTERN -- ARGS...
    local want=$1 pattern=$2
    shift 3
    local out code
    out=$(env ${UNSET_DISPLAY:+-u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM} CI= "$devroot" "$@" 2>&1)
    code=$?
    if [ "$code" -ne "$want" ] || ! grep -qE -- "$pattern" <<<"$out"; then
        echo "FAIL: devroot $* -> exit $code (want $want), output: $out"
        failures=$((failures + 1))
    else
        echo "PASS: devroot $* -> exit $code"
        passes=$((passes + 1))
    fi
}

expect 2 "Usage: packaging/devroot" --
expect 2 "unknown command 'frobnicate'" -- frobnicate
expect 2 "expected '--' before the command" -- exec ls
expect 2 "no command given after '--'" -- exec --
expect 2 "test: unknown option '--bogus'" -- test --bogus
expect 2 "package: unknown option '--bogus'" -- package --bogus
expect 0 "package \[--check\]" -- help
expect 0 "Commands:" -- help
expect 0 "native" -- info
expect 0 "hello from the build environment" -- exec -- echo "hello from the build environment"
expect 3 "" -- exec -- sh -c "exit 3"
COALITION_ATLAS_DEVROOT=sideways expect 2 "must be native, root or unset" -- info
UNSET_DISPLAY=1 expect 2 "no display" -- run
expect 2 "test: unknown option '--bogus'" -- test --fuzz --bogus
expect 0 "^dataset_json$" -- fuzz --list
expect 2 "fuzz: name a target" -- fuzz
expect 2 "fuzz: no target 'nosuch'; the targets are: .*dataset_json" -- fuzz nosuch
expect 2 "fuzz: SECONDS must be a whole number of seconds, not 'soon'" -- fuzz dataset_json soon
expect 2 "fuzz: expected TARGET \[SECONDS\]" -- fuzz dataset_json 5 more
COALITION_ATLAS_FUZZ_SECONDS=0 expect 2 "COALITION_ATLAS_FUZZ_SECONDS must be a whole number" -- test --fuzz
expect 2 "package: --from takes release or ci, not 'debug'" -- package --from debug
expect 2 "package: --from needs a preset" -- package --check --from
expect 0 "test \[--asan\] \[--fuzz\] \[--package\]" -- help
expect 2 "test: unknown option '--bogus'" -- test --package --bogus
expect 0 "^csv_reader$" -- fuzz --list

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
