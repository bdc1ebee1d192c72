#!/bin/sh
# Writes resources/data/gazetteer/syria-iraq.tsv from Debian's libgeonames0 (GeoNames cities15000,
# CC BY 4.0): every city of Syria (SY) and Iraq (IQ) with its English and, where GeoNames has
# one, Arabic name. Run on a Debian host with libgeonames-dev and the en_US/ar_SA locale sources.
set -eu
here=$(dirname "$0")
out=${1:-$here/../../resources/data/gazetteer/syria-iraq.tsv}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gcc -O1 -o "$work/dump" "$here/dump-geonames.c" $(pkg-config --cflags --libs geonames)
localedef -i en_US -f UTF-8 "$work/en_US.UTF-8" >/dev/null 2>&1 || true
LOCPATH=$work LC_ALL=en_US.UTF-8 LANGUAGE=en "$work/dump" > "$work/en.tsv"
LOCPATH=$work LC_ALL=en_US.UTF-8 LANGUAGE=ar "$work/dump" > "$work/ar.tsv"
version=$(dpkg-query -W -f '${Version}' libgeonames0)
mkdir -p "$(dirname "$out")"
python3 - "$work/en.tsv" "$work/ar.tsv" "$version" > "$out" <<'PY'
import re, sys
en = [l.rstrip('\n').split('\t') for l in open(sys.argv[1], encoding='utf-8')]
ar = [l.rstrip('\n').split('\t') for l in open(sys.argv[2], encoding='utf-8')]
assert len(en) == len(ar)
arabic = re.compile('[\u0600-\u06FF]')
print('# Cities of Syria and Iraq from GeoNames (geonames.org, CC BY 4.0), cities15000 as shipped in')
print('# Debian libgeonames0 ' + sys.argv[3] + '; made by tools/gazetteer/make-gazetteer.sh. An empty name_ar:')
print('# GeoNames has no Arabic name for it. Columns: name_en, name_ar, province_en, province_ar, country, lat, lon, population')
rows = []
for e, a in zip(en, ar):
    name_ar = a[0] if arabic.search(a[0]) else ''
    province_ar = a[1] if arabic.search(a[1]) else ''
    name_ar = name_ar.replace('\u200e', '').replace('\u200f', '').strip()
    province_ar = province_ar.replace('\u200e', '').replace('\u200f', '').strip()
    rows.append((e[2], e[0], name_ar, e[1], province_ar, e[3], e[4], e[5]))
for r in sorted(rows, key=lambda r: (r[0], r[1])):
    print('\t'.join([r[1], r[2], r[3], r[4], r[0], r[5], r[6], r[7]]))
PY
