#!/usr/bin/env bash
# Times Typst against guidepress on the same text: for synthetic guides of
# about PAGES pages (10, 100 and 1,000 by default), bench/typst writes the
# English booklet as a Typst document (A5, the standard style's margins and
# sizes, the same Go fonts), and this script times, RUNS times each (5 by
# default), in pairs so that both see the same load:
#   - guidepress booklet --lang en, as a whole process;
#   - the Typst compile plus PDF export alone, from bench/typst/compile.mjs
#     (wall, and cpu from process.cpuUsage);
#   - the whole node process running that compile.
# Processes are timed with /usr/bin/time -v (wall, user+sys cpu, peak
# memory). It prints medians, pages (from pdfinfo), ms per page and the
# ratio of guidepress's time per page to Typst's. It first checks, on the
# smallest guide in Welsh, that Typst sets ŵ (pdftotext) with no warning.
#
#   bash bench/typst.sh              # 10 100 1000 pages, RUNS=5
#   RUNS=9 bash bench/typst.sh 1000
#
# The compiler (npm @myriaddreamin/typst-ts-node-compiler, TYPST_TS_VERSION)
# is installed with npm into ${XDG_CACHE_HOME:-$HOME/.cache}/guidepress-bench,
# never into the repository; the script refuses to run in CI.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${CI:-}" = "true" ]; then
  echo "bench/typst.sh: a benchmark, not run in CI" >&2
  exit 1
fi
RUNS=${RUNS:-5}
PAGES=("$@")
[ ${#PAGES[@]} -gt 0 ] || PAGES=(10 100 1000)
TYPST_TS_VERSION=${TYPST_TS_VERSION:-0.7.0}
for tool in /usr/bin/time node npm pdfinfo pdftotext; do
  command -v "$tool" >/dev/null || { echo "bench/typst.sh: $tool is missing" >&2; exit 1; }
done

cache=${XDG_CACHE_HOME:-$HOME/.cache}/guidepress-bench/typst-ts-$TYPST_TS_VERSION
pkg=$cache/node_modules/@myriaddreamin/typst-ts-node-compiler
if [ ! -f "$pkg/package.json" ]; then
  mkdir -p "$cache"
  [ -f "$cache/package.json" ] || echo '{"private": true}' >"$cache/package.json"
  (cd "$cache" && npm install --no-audit --no-fund --save-exact "@myriaddreamin/typst-ts-node-compiler@$TYPST_TS_VERSION" >&2)
fi
export NODE_PATH=$cache/node_modules

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/guidepress" ./cmd/guidepress
go build -o "$work/typst" ./bench/typst
compile=bench/typst/compile.mjs

# median prints the middle value of its arguments.
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# timed FILE CMD...: runs CMD under /usr/bin/time -v into FILE, its output
# into FILE.out; stops the script if it fails.
timed() {
  local t=$1; shift
  /usr/bin/time -v -o "$t" "$@" >"$t.out" 2>"$t.err" || { cat "$t.err" "$t.out" >&2; exit 1; }
}
# wall, cpu (ms) and peak (MiB) of a /usr/bin/time -v report.
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%.0f", s*1000}' "$1"; }
cpu() { awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.0f", (u+s)*1000}' "$1"; }
peak() { awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$1"; }
# json FILE KEY FIELD: a number from compile.mjs's line, such as compile wall.
json() { sed -E "s/.*\"$2\":\{[^}]*\"$3\":([0-9.]+).*/\1/" "$1"; }
perpage() { awk -v t="$1" -v p="$2" 'BEGIN {printf "%.2f", t/p}'; }
ratio() { awk -v a="$1" -v pa="$2" -v b="$3" -v pb="$4" 'BEGIN {printf "%.2f", (a/pa)/(b/pb)}'; }

echo "machine: $(nproc) cores; load before: $(uptime | sed 's/.*load average/load average/')"
echo "typst: @myriaddreamin/typst-ts-node-compiler $(node -p "require('$pkg/package.json').version"), node $(node --version); RUNS=$RUNS"

# Welsh: Typst must set ŵ in the Go fonts, with no warning (compile.mjs
# fails on any, such as a missing glyph or font).
go run ./bench/genguide -pages "${PAGES[0]}" -o "$work/welsh"
"$work/typst" -content "$work/welsh" -lang cy -o "$work/welsh.typ" -fonts "$work/fonts"
node "$compile" "$work/welsh.typ" "$work/fonts" "$work/welsh.pdf" >/dev/null
w=$(pdftotext "$work/welsh.pdf" - 2>/dev/null | grep -o 'ŵ' | wc -l)
if [ "$w" -eq 0 ]; then
  echo "bench/typst.sh: no ŵ in the text of the Welsh Typst PDF" >&2
  exit 1
fi
echo "welsh check: $w × ŵ in the Typst PDF's text (cy, ${PAGES[0]}-page guide), no warnings"

printf '\n%-6s %-26s %6s %10s %9s %10s %9s %9s\n' guide what pages "wall ms" "ms/page" "cpu ms" "ms/page" "peak MiB"
row() { printf '%-6s %-26s %6s %10s %9s %10s %9s %9s\n' "$@"; }
for n in "${PAGES[@]}"; do
  g=$work/g$n
  go run ./bench/genguide -pages "$n" -o "$g"
  "$work/typst" -content "$g" -lang en -o "$g.typ"
  gw=() gc=() gm=() cw=() cc=() pw=() pc=() pm=()
  for _ in $(seq "$RUNS"); do
    timed "$work/gp.time" "$work/guidepress" booklet --content "$g" --lang en -o "$g-guidepress.pdf"
    gw+=("$(wall "$work/gp.time")") gc+=("$(cpu "$work/gp.time")") gm+=("$(peak "$work/gp.time")")
    timed "$work/ty.time" node "$compile" "$g.typ" "$work/fonts" "$g-typst.pdf"
    cw+=("$(json "$work/ty.time.out" compile wall)") cc+=("$(json "$work/ty.time.out" compile cpu)")
    pw+=("$(wall "$work/ty.time")") pc+=("$(cpu "$work/ty.time")") pm+=("$(peak "$work/ty.time")")
  done
  # (poppler warns about the structure tree of Typst's tagged PDFs.)
  gp=$(pdfinfo "$g-guidepress.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  tp=$(pdfinfo "$g-typst.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  gwm=$(median "${gw[@]}") gcm=$(median "${gc[@]}")
  cwm=$(median "${cw[@]}") ccm=$(median "${cc[@]}")
  pwm=$(median "${pw[@]}") pcm=$(median "${pc[@]}")
  row "$n" "guidepress booklet" "$gp" "$gwm" "$(perpage "$gwm" "$gp")" "$gcm" "$(perpage "$gcm" "$gp")" "$(median "${gm[@]}")"
  row "$n" "typst compile+pdf only" "$tp" "$(printf '%.0f' "$cwm")" "$(perpage "$cwm" "$tp")" "$(printf '%.0f' "$ccm")" "$(perpage "$ccm" "$tp")" "-"
  row "$n" "typst node process" "$tp" "$pwm" "$(perpage "$pwm" "$tp")" "$pcm" "$(perpage "$pcm" "$tp")" "$(median "${pm[@]}")"
  echo "$n      guidepress per page / typst per page: compile only: wall $(ratio "$gwm" "$gp" "$cwm" "$tp"), cpu $(ratio "$gcm" "$gp" "$ccm" "$tp"); whole process: wall $(ratio "$gwm" "$gp" "$pwm" "$tp"), cpu $(ratio "$gcm" "$gp" "$pcm" "$tp")"
done
echo
echo "load after: $(uptime | sed 's/.*load average/load average/')"
