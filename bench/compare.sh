#!/usr/bin/env bash
# A/B comparison of two ways of running school-stats on the same generated province, for deciding whether a piece
# of machinery earns its keep (bench/README.md). The runs of A and B take turns, so that a machine whose speed
# drifts treats both alike.
#
#   bench/compare.sh LABEL_A 'JAVA OPTIONS A' LABEL_B 'JAVA OPTIONS B'
#
#   JAR_A, JAR_B   the jar of each side (default target/school-stats.jar)
#   RUNS           runs of each side (default 5)
#   SCHOOLS        schools per county of the generated province (default 100: 100 counties, 1.9 million rows)
#
# Every run is `java -Xmx512m OPTIONS -jar JAR run ...` with a fresh ./state, timed from start to exit. Prints each
# run, then per side the median, the fastest and the slowest, and how much slower B's median is than A's.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
[ $# -eq 4 ] || { sed -n '2,14p' "$0" >&2; exit 2; }
LABEL_A=$1 OPTS_A=$2 LABEL_B=$3 OPTS_B=$4
JAR_A=${JAR_A:-$ROOT/target/school-stats.jar}
JAR_B=${JAR_B:-$ROOT/target/school-stats.jar}
RUNS=${RUNS:-5}
SCHOOLS=${SCHOOLS:-100}
WORK=${BENCH_DIR:-$ROOT/target/bench}
inbox="$WORK/inbox-$SCHOOLS"
mkdir -p "$WORK"
if [ ! -d "$inbox" ]; then
	java -jar "$JAR_A" generate --output "$inbox" --counties 100 --schools "$SCHOOLS" --teachers 60 --trainings 3 \
		--inspections 12 > "$WORK/generate-$SCHOOLS.txt"
fi

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
stats() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f %.2f %.2f", m, v[1], v[NR] }'; }

one_run() { # jar, options
	local dir="$WORK/compare-run" start
	rm -rf "$dir" && mkdir -p "$dir"
	start=$(now)
	# shellcheck disable=SC2086
	(cd "$dir" && java -Xmx512m $2 -jar "$1" run --input "$inbox" --output out --period 2024 > run.txt 2>&1)
	calc "$(now) - $start"
	grep -q '^Published' "$dir/run.txt" || { echo "a run failed: see $dir/run.txt" >&2; exit 1; }
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(java -version 2>&1 | head -1)"
echo "inbox: $inbox ($(grep -o '[0-9,]* rows' "$WORK/generate-$SCHOOLS.txt" || echo '? rows'))"
echo "A = $LABEL_A: java -Xmx512m $OPTS_A -jar $(basename "$JAR_A")"
echo "B = $LABEL_B: java -Xmx512m $OPTS_B -jar $(basename "$JAR_B")"
a=(); b=()
for ((run = 1; run <= RUNS; run++)); do
	a+=("$(one_run "$JAR_A" "$OPTS_A")")
	b+=("$(one_run "$JAR_B" "$OPTS_B")")
	printf 'run %d: A %s s, B %s s\n' "$run" "${a[-1]}" "${b[-1]}"
done
read -r ma fa sa <<<"$(stats "${a[@]}")"
read -r mb fb sb <<<"$(stats "${b[@]}")"
printf '%-40s median %6.2f s  (%.2f to %.2f)\n' "A $LABEL_A" "$ma" "$fa" "$sa"
printf '%-40s median %6.2f s  (%.2f to %.2f)\n' "B $LABEL_B" "$mb" "$fb" "$sb"
printf 'B - A: %+.2f s (%+.1f %%)\n' "$(calc "$mb - $ma")" "$(calc "100 * ($mb - $ma) / $ma")"
