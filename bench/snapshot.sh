#!/usr/bin/env bash
# Writes every PDF and SVG the default guide makes (and those of a second
# guide given as $2) into DIR, and DIR/sha256.txt with their hashes, so a
# refactoring can be checked to change no byte:
#
#   bash bench/snapshot.sh /tmp/before            # on the old commit
#   bash bench/snapshot.sh /tmp/after             # on the new one
#   diff /tmp/before/sha256.txt /tmp/after/sha256.txt
#
# Products: build --force (booklets and leaflets, every language and
# style), build --print, build --greyscale, an area build, both bilingual
# layouts of build and booklet, leaflets in each format, packs in each
# language and layout, and both diagrams as SVG and PDF.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: bench/snapshot.sh DIR [CONTENT-DIR]}
content=()
[ -n "${2:-}" ] && content=(--content "$2")
rm -rf "$dir"; mkdir -p "$dir"
bin="$dir/.guidepress"
go build -o "$bin" ./cmd/guidepress
gp() { "$bin" "$@" >/dev/null; }
gp build "${content[@]}" --force --out "$dir/build"
gp build "${content[@]}" --force --print --crop-marks --out "$dir/print"
gp build "${content[@]}" --force --greyscale --print --out "$dir/grey"
gp build "${content[@]}" --force --area cardiff-and-vale --out "$dir/area" || true
gp build "${content[@]}" --force --bilingual columns --out "$dir/cols"
gp build "${content[@]}" --force --bilingual tete-beche --print --out "$dir/tb"
gp build "${content[@]}" --force --lang en,cy --bilingual columns --out "$dir/cols-en"
mkdir -p "$dir/one"
for lang in en cy; do
  gp booklet "${content[@]}" --lang "$lang" -o "$dir/one/booklet-$lang.pdf"
  gp booklet "${content[@]}" --lang "$lang" --style large-print -o "$dir/one/booklet-$lang-lp.pdf"
  for st in $("$bin" stages "${content[@]}" | awk '{print $1}'); do
    gp leaflet "$st" "${content[@]}" --lang "$lang" -o "$dir/one/leaflet-$st-$lang.pdf"
    gp leaflet "$st" "${content[@]}" --lang "$lang" --format a4 -o "$dir/one/leaflet-$st-$lang-a4.pdf" 2>/dev/null || true
  done
  stages=$("$bin" stages "${content[@]}" | awk '{print $1}' | tail -n 2 | paste -sd,)
  gp pack "${content[@]}" --stages "$stages" --lang "$lang" --name "Jo Jones" -o "$dir/one/pack-$lang.pdf"
  gp pack "${content[@]}" --stages "$stages" --lang "$lang" --style large-print -o "$dir/one/pack-$lang-lp.pdf"
  gp pack "${content[@]}" --stages "$stages" --lang "$lang" --style a4 --area cardiff-and-vale -o "$dir/one/pack-$lang-a4-area.pdf" || true
  for d in recovery wheel; do
    gp diagram "$d" "${content[@]}" --lang "$lang" -o "$dir/one/$d-$lang.svg"
    gp diagram "$d" "${content[@]}" --lang "$lang" -o "$dir/one/$d-$lang.pdf"
  done
done
first=$("$bin" stages "${content[@]}" | awk 'NR==1 {print $1}')
for layout in columns tete-beche; do
  for langs in cy,en en,cy; do
    gp booklet "${content[@]}" --lang "$langs" --bilingual "$layout" -o "$dir/one/booklet-$langs-$layout.pdf"
    gp leaflet "$first" "${content[@]}" --lang "$langs" --bilingual "$layout" -o "$dir/one/leaflet-$first-$langs-$layout.pdf" 2>/dev/null || true
    gp pack "${content[@]}" --stages "$stages" --lang "$langs" --bilingual "$layout" --name "Jo Jones" -o "$dir/one/pack-$langs-$layout.pdf"
    gp pack "${content[@]}" --stages "$stages" --lang "$langs" --bilingual "$layout" --style large-print -o "$dir/one/pack-$langs-$layout-lp.pdf"
  done
done
rm -f "$bin"
(cd "$dir" && find . -type f \( -name '*.pdf' -o -name '*.svg' \) | sort | xargs sha256sum) > "$dir/sha256.txt"
echo "snapshot: $(wc -l < "$dir/sha256.txt") files in $dir"
