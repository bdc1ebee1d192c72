#!/usr/bin/env bash
# coalition-atlas --export-animation end to end: a video that ffprobe reads with the frames and
# size asked for, a PNG folder, and bad input refused with exit code 1 or 2, a message on
# standard error, and nothing left behind.
set -u
app=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0
result() { # result OK MESSAGE
    if [ "$1" = 0 ]; then echo "PASS: $2"; passes=$((passes + 1)); else echo "FAIL: $2"; failures=$((failures + 1)); fi
}
export QT_QPA_PLATFORM=offscreen

# 2017 by quarter at 2 frames a second: 4 frames, 2 seconds, 320x240.
"$app" --export-animation "$work/quarters.mp4" --from 2017 --to 2017 --step quarter --fps 2 \
    --width 320 --height 240 >"$work/out" 2>"$work/err"
result $? "an MP4 is written (exit 0)"
grep -q 'Frame 4 of 4 (100%)' "$work/err"
result $? "progress goes to standard error"
probe=$(ffprobe -v error -count_frames -select_streams v:0 \
    -show_entries stream=codec_name,width,height,nb_read_frames -of csv=p=0 "$work/quarters.mp4")
[ "$probe" = "h264,320,240,4" ]
result $? "ffprobe reads h264, 320x240, 4 frames ($probe)"

"$app" --export-animation "$work/frames/" --from 2016 --to 2018 --step year --accumulate --view map \
    --width 200 --height 160 >/dev/null 2>&1
result $? "a PNG folder is written"
[ "$(ls "$work/frames")" = "$(printf 'frame-0001.png\nframe-0002.png\nframe-0003.png')" ]
result $? "it holds frame-0001.png to frame-0003.png"

# The same input gives the same frames, byte for byte, run after run, in both languages.
for lang in en ar; do
    for run in 1 2; do
        "$app" --lang "$lang" --export-animation "$work/same-$lang-$run/" --from 2017 --to 2017 --step quarter \
            --width 320 --height 200 >/dev/null 2>&1
    done
    diff -r "$work/same-$lang-1" "$work/same-$lang-2" >/dev/null && [ "$(ls "$work/same-$lang-1" | wc -l)" = 4 ]
    result $? "two runs in $lang give identical frames"
    cmp -s "$work/same-$lang-1/frame-0001.png" "$work/same-$lang-1/frame-0002.png"
    [ $? != 0 ]
    result $? "frames of different windows differ ($lang)"
done

before=$(ls -A "$work")
expect() { # expect CODE MESSAGE-PART ARGS...
    local code=$1 part=$2
    shift 2
    "$app" "$@" >/dev/null 2>"$work/err"
    local got=$?
    [ "$got" = "$code" ] && grep -qF -- "$part" "$work/err"
    result $? "$* -> exit $code, \"$part\" (got $got: $(head -c 200 "$work/err"))"
}
expect 2 "--fps must be a whole number from 1 to 120" --export-animation "$work/x.mp4" --step month --fps 0
expect 2 "--export-animation needs --step" --export-animation "$work/x.mp4"
expect 1 "Video formats this system can write: MP4 (H.264)" --export-animation "$work/x.avi" --step month
expect 1 "longer than the range" --export-animation "$work/x.webm" --step year --from 2017-01 --to 2017-03
expect 1 "does not exist" --export-animation "$work/missing/x.mp4" --step month
[ "$(ls -A "$work")" = "$before" ]
result $? "the refused exports left nothing behind"

echo "$passes passed, $failures failed"
[ "$failures" = 0 ]
