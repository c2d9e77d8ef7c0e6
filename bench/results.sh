#!/usr/bin/env bash
# Final-results benchmark: server time of recomputing the results of every participant and of issuing a decree
# (recomputation + frozen copy of every row) through HTTP, as a commissioner presses the buttons.
#
# Prepare once (see docs/performance.md): start the packaged app with its own data directory and demo data and
# load bench/results-data.sql into its database (no restart needed), then:
#
#   PGHOST=127.0.0.1 PGPORT=<port> PGUSER=postgres bench/results.sh [base-url] [runs]
#
# Before each timed correction every generated body's stage scores are moved (psql), so that every final score
# changes: the worst case, an audit row, a rewritten draft row and a decree row for each of the 10,000 bodies.
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
RUNS=${2:-5}
PASSWORD=${BENCH_PASSWORD:-monev-demo-2026}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/commissioner.jar"

token() { grep -o 'name="_csrf" value="[^"]*"' "$1" | sed -n 1p | sed 's/.*value="\([^"]*\)"/\1/'; }

curl -s -c "$JAR" -b "$JAR" "$BASE/login" -o "$WORK/login.html"
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "username=komisioner@kipkaltim.test" \
	--data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$(token "$WORK/login.html")" "$BASE/login"

CYCLE=$(psql -At -c "select id from cycle where year = 2026 order by id limit 1")
RUN_TAG=$(date +%s)
echo "cycle $CYCLE: $(psql -At -c "select count(*) from cycle_participant where cycle_id = $CYCLE") participants"

# Posts a form of the commissioner's and prints the server time; fails unless the answer is a redirect (PRG).
post() {
	local path=$1
	shift
	curl -s -c "$JAR" -b "$JAR" "$BASE/commissioner/cycles/$CYCLE/decrees" -o "$WORK/page.html"
	local out
	out=$(curl -s -c "$JAR" -b "$JAR" -o "$WORK/answer.html" -w "%{http_code} %{time_total}" \
		--data-urlencode "_csrf=$(token "$WORK/page.html")" "$@" "$BASE/commissioner/cycles/$CYCLE/$path")
	if [[ ${out%% *} != 302 ]]; then
		echo "POST $path answered ${out%% *}" >&2
		grep -o 'alert-danger[^<]*<[^<]*' "$WORK/answer.html" >&2 || true
		exit 1
	fi
	echo "${out#* }"
}

move_scores() {
	psql -q -c "update stage_score set score = mod(score + 3.3333, 100), updated_at = now() where cycle_id = $CYCLE
		and body_id in (select id from public_body where code like 'RBENCH-%')"
}

stats() { sort -n | awk '{ v[NR] = $1 } END { printf "p50 %.2f s, max %.2f s (%d runs)\n", v[int((NR + 1) / 2)], v[NR], NR }'; }

echo "== draw the shortlist (the demo policy takes the top 5 of each category): $(post shortlist/draw) s"
echo "== first computation of every final score: $(post results/recompute) s"
echo "== recompute without any change (${RUNS} runs)"
for run in $(seq "$RUNS"); do post results/recompute; done | stats
echo "== recompute after every generated body's scores moved (${RUNS} runs)"
for run in $(seq "$RUNS"); do move_scores; post results/recompute; done | stats
move_scores
latest=$(psql -At -c "select coalesce(max(version), 0) from decree where cycle_id = $CYCLE")
if [[ $latest == 0 ]]; then
	echo "== issue decree version 1 (recomputation + frozen copy): $(post decrees --data-urlencode "number=BENCH/$RUN_TAG/1" \
		--data-urlencode "date=$(date +%F)") s"
fi
echo "== correction after every generated body's scores moved: recomputation + new version (${RUNS} runs)"
for run in $(seq "$RUNS"); do
	move_scores
	post decrees/corrections --data-urlencode "number=BENCH/$RUN_TAG/c$run" --data-urlencode "date=$(date +%F)" \
		--data-urlencode "reason=Benchmark run $run"
done | stats
echo "decree versions now: $(psql -At -c "select count(*) from decree where cycle_id = $CYCLE"), rows frozen: $(psql -At -c \
	"select count(*) from decree_row r join decree d on d.id = r.decree_id where d.cycle_id = $CYCLE")"
