#!/usr/bin/env bash
# Times full builds of synthetic guides of about 10, 100 and 1,000 pages,
# and bare fpdf writing the same text, RUNS times each; prints the median
# wall time and median peak memory (from /usr/bin/time -v) of each.
#
#   bash bench/run.sh            # RUNS=5 by default
#   RUNS=9 bash bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing: apt-get install -y time" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/guidepress" ./cmd/guidepress
go build -o "$work/barefpdf" ./bench/barefpdf

# median prints the middle value of its arguments.
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# measure NAME CMD...: runs CMD RUNS times and prints median wall s and peak MiB.
measure() {
  local name=$1; shift
  local walls=() mems=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time.txt")")
    mems+=("$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$work/time.txt")")
  done
  printf '%-34s median %6.3f s   peak %6.1f MiB   (%d runs)\n' "$name" "$(median "${walls[@]}")" "$(median "${mems[@]}")" "$RUNS"
}

measure "default guide: full build" "$work/guidepress" build --force --out "$work/out-default"
measure "default guide: no-change rebuild" "$work/guidepress" build --out "$work/out-default"
measure "default guide: full build --print" "$work/guidepress" build --force --print --out "$work/out-print"
for n in 10 100 1000; do
  "$work/guidepress" version >/dev/null
  go run ./bench/genguide -pages "$n" -o "$work/g$n"
  pages=$("$work/guidepress" booklet --content "$work/g$n" --lang en -o "$work/b$n.pdf" | sed -E 's/.*\(([0-9]+) pages\)/\1/')
  measure "$n: guidepress booklet ($pages pages)" "$work/guidepress" booklet --content "$work/g$n" --lang en -o "$work/b$n.pdf"
  measure "$n: bare fpdf MultiCell" "$work/barefpdf" -content "$work/g$n" -o "$work/bare$n.pdf"
done
