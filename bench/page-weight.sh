#!/usr/bin/env bash
# Bytes transferred for the respondent pages at 360 px, first view (empty cache) and repeat view (cache warm),
# measured by headless Chromium over the DevTools protocol (bench/page-weight.mjs, node >= 18, no npm package).
#
# Starts the packaged app (./mvnw -DskipTests package first) with its own data directory, embedded PostgreSQL and
# demo data, signs in as the demo respondent in the browser and prints one table against the budgets of issue 14
# (questionnaire page ≤ 150 KB first view, ≤ 30 KB repeat view). Exit code 1 when a budget is not met.
#
# Usage: bench/page-weight.sh          Env: PORT (18091), JAR (target/*.jar), BASE (use a running app instead)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18091}
EMAIL=${BENCH_EMAIL:-responden@kukar.test}
PASSWORD=${BENCH_PASSWORD:-monev-demo-2026}
WORK=$(mktemp -d /tmp/page-weight.XXXXXX)
JAR_PID=""
cleanup() {
	if [[ -n "$JAR_PID" ]] && kill -0 "$JAR_PID" 2>/dev/null; then
		kill "$JAR_PID"
		wait "$JAR_PID" 2>/dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

if [[ -z "${BASE:-}" ]]; then
	JAR=${JAR:-$(ls target/e-monev-kip-*.jar | grep -v plain | head -1)}
	BASE="http://localhost:$PORT"
	echo "Starting $JAR on port $PORT, data in $WORK/data ..."
	APP_DATA_DIR="$WORK/data" APP_DEMO=true PORT=$PORT java -jar "$JAR" > "$WORK/app.log" 2>&1 &
	JAR_PID=$!
	for _ in $(seq 1 240); do
		if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP; then break; fi
		if ! kill -0 "$JAR_PID" 2>/dev/null; then cat "$WORK/app.log"; exit 1; fi
		sleep 1
	done
fi
echo "load average: $(uptime | sed 's/.*load average: //')"
node bench/page-weight.mjs "$BASE" "$EMAIL" "$PASSWORD"
