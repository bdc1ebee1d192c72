#!/usr/bin/env bash
# The man page: groff reads it without a warning, it has the sections a manual page needs, and
# it names every option that `coalition-atlas --help` lists.
set -u
manpage=$1
app=$2
failures=0
passes=0

result() { # result OK MESSAGE
    if [ "$1" = 0 ]; then echo "PASS: $2"; passes=$((passes + 1)); else echo "FAIL: $2"; failures=$((failures + 1)); fi
}

warnings=$(groff -man -ww -z -Tutf8 "$manpage" 2>&1)
[ -z "$warnings" ]
result $? "groff reads $manpage without warnings${warnings:+: $warnings}"

# One long line per paragraph, plain text: an option is never split across lines.
text=$(groff -man -Tutf8 -P-cbou -rLL=2000n "$manpage" 2>/dev/null)
for section in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" ENVIRONMENT FILES EXAMPLES; do
    grep -qx "$section" <<<"$text"
    result $? "section $section"
done

help=$(QT_QPA_PLATFORM=offscreen "$app" --help) || { echo "FAIL: $app --help"; exit 1; }
options=$(grep -oE '^ +(-[a-zA-Z?], )?--[a-z][a-z-]*' <<<"$help" | grep -oE -- '--[a-z][a-z-]*$')
[ "$(wc -l <<<"$options")" -ge 20 ]
result $? "--help lists the options ($(wc -l <<<"$options") found)"
for option in $options; do
    grep -qE -- "(^|[^a-z-])$option([^a-z-]|$)" <<<"$text"
    result $? "the man page documents $option"
done
grep -q '^Arguments:' <<<"$help" && grep -qE '^ +FILE +' <<<"$text"
result $? "the man page documents the file argument"
for code in 0 1 2; do
    sed -n '/^EXIT STATUS$/,/^ENVIRONMENT$/p' <<<"$text" | grep -qE "^ +$code( |$)"
    result $? "exit status $code is documented"
done

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
