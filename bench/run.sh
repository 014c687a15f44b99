#!/usr/bin/env bash
# Times full builds of the default guide and of synthetic guides of about
# 10, 100, 1,000 and 3,000 pages, and bare fpdf writing the same text,
# RUNS times each; prints the median wall time, cpu time (user + system)
# and peak memory (from /usr/bin/time -v) of each, and per page.
#
#   bash bench/run.sh            # RUNS=5 by default
#   RUNS=9 SIZES="100 1000" bash bench/run.sh
#
# The bare-fpdf baseline is built from the upstream fpdf module, not the
# patched copy in third_party/fpdf that guidepress uses, so the ratio
# includes what the patch saves.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
SIZES=${SIZES:-10 100 1000 3000}
if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing: apt-get install -y time" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/guidepress" ./cmd/guidepress
# Upstream fpdf: the module file without the replace directive.
cp go.mod "$work/upstream.mod"; cp go.sum "$work/upstream.sum"
go mod edit -modfile="$work/upstream.mod" -dropreplace=codeberg.org/go-pdf/fpdf
GOFLAGS=-mod=mod go build -modfile="$work/upstream.mod" -o "$work/barefpdf" ./bench/barefpdf

# median prints the middle value of its arguments.
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# measure NAME PAGES CMD...: runs CMD RUNS times and prints the medians of
# wall seconds, cpu seconds and peak MiB, and ms per page when PAGES > 0.
measure() {
  local name=$1 pages=$2; shift 2
  local walls=() cpus=() mems=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt" || { cat "$work/err.txt" >&2; exit 1; }
    walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$work/time.txt")")
    cpus+=("$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$work/time.txt")")
    mems+=("$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2/1024}' "$work/time.txt")")
  done
  local w c m
  w=$(median "${walls[@]}"); c=$(median "${cpus[@]}"); m=$(median "${mems[@]}")
  if [ "$pages" -gt 0 ]; then
    printf '%-40s wall %6.3f s  cpu %6.3f s  peak %6.1f MiB  per page: wall %5.3f ms, cpu %5.3f ms  (%d runs)\n' \
      "$name" "$w" "$c" "$m" "$(echo "$w*1000/$pages" | bc -l)" "$(echo "$c*1000/$pages" | bc -l)" "$RUNS"
  else
    printf '%-40s wall %6.3f s  cpu %6.3f s  peak %6.1f MiB  (%d runs)\n' "$name" "$w" "$c" "$m" "$RUNS"
  fi
}

pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }

echo "machine: $(nproc) cores; load: $(uptime | sed 's/.*load average: //')"
measure "guidepress version" 0 "$work/guidepress" version
measure "default guide: full build" 0 "$work/guidepress" build --force --out "$work/out-default"
measure "default guide: no-change rebuild" 0 "$work/guidepress" build --out "$work/out-default"
measure "default guide: full build --print" 0 "$work/guidepress" build --force --print --out "$work/out-print"
for n in $SIZES; do
  go run ./bench/genguide -pages "$n" -o "$work/g$n"
  "$work/guidepress" booklet --content "$work/g$n" --lang en -o "$work/b$n.pdf" >/dev/null
  "$work/barefpdf" -content "$work/g$n" -o "$work/bare$n.pdf"
  measure "$n: guidepress booklet ($(pages "$work/b$n.pdf") pages)" "$(pages "$work/b$n.pdf")" \
    "$work/guidepress" booklet --content "$work/g$n" --lang en -o "$work/b$n.pdf"
  measure "$n: bare upstream fpdf ($(pages "$work/bare$n.pdf") pages)" "$(pages "$work/bare$n.pdf")" \
    "$work/barefpdf" -content "$work/g$n" -o "$work/bare$n.pdf"
done
echo "machine load after: $(uptime | sed 's/.*load average: //')"
