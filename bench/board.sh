#!/usr/bin/env bash
# Progress-board benchmark: server time of the board's first page (commission: every participant; coordinator:
# its subtree) and of the full Excel and CSV exports, with the used heap sampled during the Excel export.
#
# Prepare once (see docs/performance.md): start the packaged app with its own data directory and demo data,
# load bench/board-data.sql into its database, restart the app (the published-instrument cache), then:
#
#   APP_PID=<pid of the java process> bench/board.sh [base-url] [duration]
#
# wrk runs one connection, so its latencies are the server's time per request (localhost, no network).
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
DURATION=${2:-20s}
PASSWORD=${BENCH_PASSWORD:-monev-demo-2026}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

token() { grep -o 'name="_csrf" value="[^"]*"' "$1" | sed -n 1p | sed 's/.*value="\([^"]*\)"/\1/'; }

# Logs in and prints the session cookie for wrk.
login() {
	local jar="$WORK/$1.jar"
	curl -s -c "$jar" -b "$jar" "$BASE/login" -o "$WORK/login.html"
	curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=$PASSWORD" \
		--data-urlencode "_csrf=$(token "$WORK/login.html")" "$BASE/login"
	awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar"
}

heap_mb() {
	jstat -gc "$APP_PID" | awk 'NR==1 { for (i = 1; i <= NF; i++) col[$i] = i }
		NR==2 { printf "%.1f\n", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024 }'
}

ADMIN=$(login admin@kipkaltim.test)
COORDINATOR=$(login diskominfo@kukar.test)
curl -s -H "Cookie: $ADMIN" "$BASE/admin/progress" -o "$WORK/board.html"
echo "participants: $(grep -o '[0-9.,]* badan publik ikut siklus ini' "$WORK/board.html" | head -1)"

for board in "admin/progress|$ADMIN" "coordinator/progress|$COORDINATOR" "admin/progress?sort=answered&status=FILLING|$ADMIN"; do
	path=${board%%|*}
	cookie=${board#*|}
	echo "== /$path (warm-up 10 s, then $DURATION)"
	wrk -t1 -c1 -d10s -H "Cookie: $cookie" "$BASE/$path" > /dev/null
	wrk -t1 -c1 -d"$DURATION" --latency -H "Cookie: $cookie" "$BASE/$path" | grep -E "Latency|50%|90%|99%|requests in"
done

for format in xlsx csv; do
	echo "== /admin/progress/export.$format (three runs)"
	for run in 1 2 3; do
		if [[ -n "${APP_PID:-}" && "$format" == xlsx ]]; then
			peak=0
			before=$(heap_mb)
			( while true; do heap_mb; sleep 0.2; done ) > "$WORK/heap.txt" &
			sampler=$!
		fi
		curl -s -H "Cookie: $ADMIN" -o "$WORK/export.$format" -w "%{time_total} s, %{size_download} bytes\n" \
			"$BASE/admin/progress/export.$format"
		if [[ -n "${sampler:-}" ]]; then
			kill "$sampler"; wait "$sampler" 2>/dev/null || true
			peak=$(sort -n "$WORK/heap.txt" | tail -1)
			echo "   used heap before $before MB, peak during the export $peak MB"
			unset sampler
		fi
	done
done
