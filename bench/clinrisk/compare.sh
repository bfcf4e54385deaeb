#!/usr/bin/env bash
# CPU time per person of `bonebalance screen` against ClinRisk's own C code on the same generated CSV, measured side by
# side: the C and .NET runs alternate, RUNS times each, and the medians of user+sys CPU seconds (getrusage of the whole
# process, every thread, start-up and JIT included) are compared.
#
#   bench/clinrisk/compare.sh CLINRISK_QFRACTURE_DIR [ROWS] [RUNS]
#
# CLINRISK_QFRACTURE_DIR is the qFracture/ folder of ClinRisk's LGPL sources (nhsland/clinrisk-modules on GitHub:
# c/Q74_qfracture4_2012_2_0.c, _2_1.c, c/Q74_qnof_2012_2_0.c, _2_1.c, c/utils.c, include/clinrisk/*.h). They are
# built here, outside the repository, with the driver bench/clinrisk/screen.c; nothing of theirs is committed.
# Work files go to ${WORK:-/tmp/bonebalance-clinrisk}. ROWS defaults to 1000000, RUNS to 5.
# Set PUBLISHED=1 to time a ReadyToRun publish (dotnet publish -r linux-x64 -p:PublishReadyToRun=true) as well.
set -euo pipefail

source_dir=${1:?usage: compare.sh CLINRISK_QFRACTURE_DIR [ROWS] [RUNS]}
rows=${2:-1000000}
runs=${3:-5}
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${WORK:-/tmp/bonebalance-clinrisk}
mkdir -p "$work"

for f in c/Q74_qfracture4_2012_2_0.c c/Q74_qfracture4_2012_2_1.c c/Q74_qnof_2012_2_0.c c/Q74_qnof_2012_2_1.c c/utils.c; do
    [[ -f "$source_dir/$f" ]] || { echo "compare.sh: $source_dir/$f not found (give the qFracture folder of ClinRisk's sources)" >&2; exit 2; }
done

echo "building the C screener (gcc -O2) ..." >&2
gcc -O2 -I "$source_dir/include" "$source_dir"/c/Q74_*.c "$source_dir/c/utils.c" "$repo/bench/clinrisk/screen.c" -lm -o "$work/clinrisk-screen"

echo "building bonebalance and the population generator (Release) ..." >&2
dotnet build "$repo/src/BoneBalance.Cli" -c Release -nologo -v quiet >&2
dotnet build "$repo/bench/BoneBalance.Benchmarks" -c Release -nologo -v quiet >&2
cli=("$repo/src/BoneBalance.Cli/bin/Release/net10.0/bonebalance")
if [[ "${PUBLISHED:-0}" == 1 ]]; then
    dotnet publish "$repo/src/BoneBalance.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
        -o "$work/published" -nologo -v quiet >&2
    cli+=("$work/published/bonebalance")
fi

input="$work/population-$rows.csv"
if [[ ! -f "$input" ]]; then
    echo "generating $rows people ..." >&2
    dotnet "$repo/bench/BoneBalance.Benchmarks/bin/Release/net10.0/BoneBalance.Benchmarks.dll" generate-population "$rows" "$input"
fi

# user+sys CPU seconds of one run, from GNU time.
cpu() {
    /usr/bin/time -f "%U %S" -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || { cat "$work/stderr.txt" >&2; exit 1; }
    awk '{ printf "%.2f\n", $1 + $2 }' "$work/time.txt"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

: > "$work/c.txt"
for i in "${!cli[@]}"; do : > "$work/net$i.txt"; done
for run in $(seq 1 "$runs"); do
    cpu "$work/clinrisk-screen" "$input" >> "$work/c.txt"
    for i in "${!cli[@]}"; do
        cpu "${cli[$i]}" screen "$input" -o "$work/screen-out.csv" >> "$work/net$i.txt"
    done
done

c=$(median < "$work/c.txt")
printf 'rows: %s   runs: %s (medians of user+sys CPU seconds, whole process)\n' "$rows" "$runs"
printf '%-44s %6s s   %s\n' "ClinRisk C (gcc -O2), 2 equations per person" "$c" "$(tr '\n' ' ' < "$work/c.txt")"
labels=("bonebalance screen (dotnet build, Release)" "bonebalance screen (publish, ReadyToRun)")
for i in "${!cli[@]}"; do
    n=$(median < "$work/net$i.txt")
    printf '%-44s %6s s   %s  ratio .NET/C %.2f\n' "${labels[$i]}" "$n" "$(tr '\n' ' ' < "$work/net$i.txt")" "$(awk -v a="$n" -v b="$c" 'BEGIN { print a / b }')"
done
