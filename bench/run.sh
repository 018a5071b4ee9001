#!/usr/bin/env bash
# The performance benchmark of school-stats (bench/README.md).
#
#   bench/run.sh [SCHOOLS_PER_COUNTY ...]      default: 50 100 200 (half, province, double)
#
# For each size it generates a clean province inbox (100 counties, 60 teachers per school, 3 trainings per teacher,
# 12 inspections per school, one file per school per category) unless it exists already, then measures, median of
# 3 runs each:
#   floor  reading every file once with Commons CSV and touching every record, nothing else (bench/Floor.java)
#   full   java -Xmx512m -jar target/school-stats.jar run ... with a fresh ./state each time
# and prints both times, their ratio, rows per second and the peak heap of the full run (from the GC log).
# Set BENCH_DIR to keep the generated inboxes elsewhere than target/bench, and BENCH_JAVA_OPTS to add JVM options
# to the full run (e.g. BENCH_JAVA_OPTS=-XX:+UseParallelGC, see bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(50 100 200)
WORK=${BENCH_DIR:-$ROOT/target/bench}
mkdir -p "$WORK/classes"

[ -f target/school-stats.jar ] || mvn -q -DskipTests package
CP=$(mvn -q -B dependency:build-classpath -Dmdep.includeScope=runtime -Dmdep.outputFile=/dev/stdout)
javac -d "$WORK/classes" -cp "$CP" bench/Floor.java

now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "java: $(java -version 2>&1 | head -1)"
echo "full run: java -Xmx512m ${BENCH_JAVA_OPTS:+$BENCH_JAVA_OPTS }-jar target/school-stats.jar run ..."
printf '%-8s %10s %10s %10s %7s %12s %10s %10s\n' schools rows floor_s full_s ratio rows_per_s heap_used live_heap
declare -A FULL
for schools in "${SIZES[@]}"; do
	inbox="$WORK/inbox-$schools"
	if [ ! -d "$inbox" ]; then
		java -jar target/school-stats.jar generate --output "$inbox" --counties 100 --schools "$schools" \
			--teachers 60 --trainings 3 --inspections 12 > "$WORK/generate-$schools.txt"
	fi
	rows=$(grep -o '[0-9,]* rows' "$WORK/generate-$schools.txt" | tr -d ', rows')
	floors=(); fulls=(); peak=0; live=0
	for run in 1 2 3; do
		start=$(now)
		java -cp "$WORK/classes:$CP" Floor "$inbox" > /dev/null
		floors+=("$(calc "$(now) - $start")")

		dir="$WORK/run-$schools"
		rm -rf "$dir" && mkdir -p "$dir"
		start=$(now)
		(cd "$dir" && java -Xmx512m ${BENCH_JAVA_OPTS:-} -Xlog:gc:file=gc.log -jar "$ROOT/target/school-stats.jar" run \
			--input "$inbox" --output out --period 2024 > run.txt)
		fulls+=("$(calc "$(now) - $start")")
		# heap_used: the most the heap held before a collection; live_heap: the most still in use after one
		used=$(grep -o '[0-9]*M->' "$dir/gc.log" | sed 's/M->//' | sort -n | tail -1)
		[ -n "$used" ] && [ "$used" -gt "$peak" ] && peak=$used
		kept=$(grep -o -- '->[0-9]*M' "$dir/gc.log" | sed 's/->//; s/M//' | sort -n | tail -1)
		[ -n "$kept" ] && [ "$kept" -gt "$live" ] && live=$kept
		grep -q '^Published' "$dir/run.txt" || { echo "the run of $schools schools failed: see $dir" >&2; exit 1; }
	done
	floor=$(median "${floors[@]}")
	full=$(median "${fulls[@]}")
	FULL[$schools]=$full
	printf '%-8s %10s %10.2f %10.2f %7.2f %12.0f %7s MB %7s MB\n' "$schools" "$rows" "$floor" "$full" \
		"$(calc "$full / $floor")" "$(calc "$rows / $full")" "$peak" "$live"
done
if [ -n "${FULL[100]:-}" ] && [ -n "${FULL[200]:-}" ]; then
	printf 'doubling the rows (100 -> 200 schools per county) took %s x the time\n' \
		"$(calc "${FULL[200]} / ${FULL[100]}")"
fi
