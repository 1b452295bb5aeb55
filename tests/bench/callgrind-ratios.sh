#!/bin/sh
# Instruction counts (callgrind Ir) of the timed part of each phase, and the
# ratios of issue 7: steady where wall-clock times are not (a shared machine).
#   tests/bench/callgrind-ratios.sh BUILDDIR [SCALE]     (default scale 4)
set -e
build=${1:?usage: $0 BUILDDIR [SCALE]}
scale=${2:-4}
bench="$build/tests/bench/gloss-bench"
dir=$(mktemp -d /tmp/gloss-callgrind-XXXXXX)
trap 'rm -rf "$dir"' EXIT

"$bench" --scale "$scale" --keep "$dir" --profile noop > /dev/null
for phase in import json-parse load json-parse+generate load+save csv; do
  valgrind --tool=callgrind --toggle-collect=run_phase \
    --callgrind-out-file="$dir/out.$phase" \
    "$bench" --scale "$scale" --keep "$dir" --profile "$phase" > /dev/null 2>&1
  ir=$(callgrind_annotate "$dir/out.$phase" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
  echo "$phase $ir" >> "$dir/ir"
  printf '%-22s %16s Ir\n' "$phase" "$ir"
done
awk '{ ir[$1] = $2 }
     END {
       printf "load / json-parse                      %.2f (target <= 1.5)\n", ir["load"] / ir["json-parse"]
       printf "load+save / json-parse+generate        %.2f (target <= 1.5)\n", ir["load+save"] / ir["json-parse+generate"]
     }' "$dir/ir"
