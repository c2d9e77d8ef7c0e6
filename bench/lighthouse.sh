#!/usr/bin/env bash
# Lighthouse (mobile preset: Moto G class phone, 360 px wide screen, simulated slow 4G, 4x CPU slowdown) against the
# respondent home and the first questionnaire page, signed in as the demo respondent. Lighthouse is a benchmark
# tool, never a build or test dependency: it is installed at bench time into a cache outside the project.
#
# Starts the packaged app (./mvnw -DskipTests package first) with its own data directory and demo data, signs in
# with curl (CSRF token from the login page), passes the session cookie with --extra-headers, runs each page RUNS
# times (default 3) and prints every score and the median of performance and accessibility.
#
# Usage: bench/lighthouse.sh     Env: RUNS (3), PORT (18092), JAR, BASE (use a running app), LIGHTHOUSE_HOME
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
PORT=${PORT:-18092}
EMAIL=${BENCH_EMAIL:-responden@kukar.test}
PASSWORD=${BENCH_PASSWORD:-monev-demo-2026}
LIGHTHOUSE_HOME=${LIGHTHOUSE_HOME:-$HOME/.cache/monev-bench}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
WORK=$(mktemp -d /tmp/lighthouse.XXXXXX)
JAR_PID=""
cleanup() {
	if [[ -n "$JAR_PID" ]] && kill -0 "$JAR_PID" 2>/dev/null; then
		kill "$JAR_PID"
		wait "$JAR_PID" 2>/dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

if [[ ! -x "$LIGHTHOUSE_HOME/node_modules/.bin/lighthouse" ]]; then
	npm install --prefix "$LIGHTHOUSE_HOME" lighthouse
fi
LIGHTHOUSE="$LIGHTHOUSE_HOME/node_modules/.bin/lighthouse"
echo "lighthouse $("$LIGHTHOUSE" --version), $("$CHROME_PATH" --version 2>/dev/null)"

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

token() { grep -o 'name="_csrf" value="[^"]*"' "$1" | sed -n 1p | sed 's/.*value="\([^"]*\)"/\1/'; }
COOKIES="$WORK/cookies"
curl -fs -c "$COOKIES" -b "$COOKIES" "$BASE/login" -o "$WORK/login.html"
curl -fs -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode "username=$EMAIL" --data-urlencode "password=$PASSWORD" \
	--data-urlencode "_csrf=$(token "$WORK/login.html")" "$BASE/login"
curl -fs -c "$COOKIES" -b "$COOKIES" "$BASE/respondent" -o "$WORK/home.html"
SESSION=$(awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$COOKIES")
ASPECT=$(grep -o '/respondent/submissions/[0-9]*/indicators/[0-9]*' "$WORK/home.html" | sed -n 1p)
test -n "$ASPECT" || { echo "no questionnaire link on /respondent (sign-in failed?)" >&2; exit 1; }

echo "load average before: $(uptime | sed 's/.*load average: //')"
for path in /respondent "$ASPECT"; do
	perf=() access=()
	for run in $(seq 1 "$RUNS"); do
		"$LIGHTHOUSE" "$BASE$path" --quiet --only-categories=performance,accessibility --output=json \
			--output-path="$WORK/report.json" --extra-headers="{\"Cookie\":\"$SESSION\"}" \
			--chrome-flags="--headless=new --no-sandbox --disable-dev-shm-usage"
		read -r p a final fcp lcp tbt cls < <(node -e '
			const r = require(process.argv[1]);
			const m = id => r.audits[id].numericValue;
			console.log(Math.round(r.categories.performance.score * 100), Math.round(r.categories.accessibility.score * 100),
				new URL(r.finalDisplayedUrl).pathname, Math.round(m("first-contentful-paint")),
				Math.round(m("largest-contentful-paint")), Math.round(m("total-blocking-time")), m("cumulative-layout-shift").toFixed(3));
		' "$WORK/report.json")
		[[ "$final" == "$path" ]] || { echo "Lighthouse landed on $final instead of $path (session not passed?)" >&2; exit 1; }
		echo "$path run $run: performance $p, accessibility $a (FCP $fcp ms, LCP $lcp ms, TBT $tbt ms, CLS $cls)"
		node -e '
			const r = require(process.argv[1]);
			for (const ref of r.categories.accessibility.auditRefs) {
				const audit = r.audits[ref.id];
				if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log("   accessibility audit failed:", ref.id, "-", audit.title);
			}
		' "$WORK/report.json"
		perf+=("$p") access+=("$a")
	done
	median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
	echo "$path median: performance $(median "${perf[@]}") (budget ≥ 95), accessibility $(median "${access[@]}")"
done
echo "load average after: $(uptime | sed 's/.*load average: //')"
