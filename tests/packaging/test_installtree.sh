#!/usr/bin/env bash
# What `cmake --install` lays out for the desktop, checked as a desktop would read it: every file
# in its place, the icon PNGs at their sizes, the MIME package accepted by update-mime-database
# with our globs, and the tree accepted by `appstreamcli validate-tree` (metainfo, and the
# desktop entry its launchable names).
set -u
build_dir=$1
app_id=io.github.coalitionatlas.CoalitionAtlas
failures=0
passes=0

result() { # result OK MESSAGE
    if [ "$1" = 0 ]; then echo "PASS: $2"; passes=$((passes + 1)); else echo "FAIL: $2"; failures=$((failures + 1)); fi
}

tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
DESTDIR="$tree" cmake --install "$build_dir" --prefix /usr >"$tree.log" 2>&1
result $? "cmake --install $build_dir into a staging folder$( [ -s "$tree.log" ] && tail -n 5 "$tree.log")"
rm -f "$tree.log"
share="$tree/usr/share"

for file in bin/coalition-atlas \
            share/applications/$app_id.desktop \
            share/metainfo/$app_id.metainfo.xml \
            share/mime/packages/coalition-atlas.xml \
            share/icons/hicolor/scalable/apps/$app_id.svg \
            share/man/man1/coalition-atlas.1.gz \
            share/doc/coalition-atlas/LICENSE; do
    [ -s "$tree/usr/$file" ]
    result $? "installs /usr/$file"
done

# A PNG's width and height are the big-endian words at bytes 16 and 20.
png_size() { od -An -tu1 -j16 -N8 "$1" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}'; }
for size in 16 32 48 64 128 256; do
    png="$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ "$(png_size "$png" 2>/dev/null)" = "${size}x${size}" ]
    result $? "icon ${size}x${size} is a ${size}x${size} PNG"
done

gzip -t "$share/man/man1/coalition-atlas.1.gz" 2>/dev/null
result $? "the man page is gzip-compressed"

# With the staging folder as the data directory, so that no note says it is not searched.
mime_log=$(XDG_DATA_HOME="$share" XDG_DATA_DIRS="$share" update-mime-database "$share/mime" 2>&1)
result $? "update-mime-database accepts the MIME package${mime_log:+: $mime_log}"
[ -z "$mime_log" ]
result $? "update-mime-database has no warnings"
grep -qx '50:application/x-coalition-atlas-dataset+json:\*.atlas.json' "$share/mime/globs2" 2>/dev/null
result $? "*.atlas.json is a Coalition Atlas dataset"
grep -qx '50:application/geopackage+sqlite3:\*.gpkg' "$share/mime/globs2" 2>/dev/null
result $? "*.gpkg is a GeoPackage"
for type in $(sed -n 's/^MimeType=//p' "$share/applications/$app_id.desktop" | tr ';' ' ') \
            $(grep -oE '<mediatype>[^<]+' "$share/metainfo/$app_id.metainfo.xml" | cut -c12-); do
    grep -qx "$type" "$share/mime/types" 2>/dev/null
    result $? "$type, named by the desktop entry or metainfo, is defined"
done

validation=$(appstreamcli validate-tree --no-net --override=url-homepage-missing=info "$tree/usr" 2>&1)
result $? "appstreamcli validate-tree accepts the tree$(sed 's/^/\n    /' <<<"$validation")"

echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ]
