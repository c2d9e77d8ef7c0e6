#!/usr/bin/env bash
# Public results benchmark: server time of /hasil/{year} (overview, one whole category paged, a search) and of its
# open data (JSON, CSV) for the demo's running cycle grown to 10,101 participants by bench/results-data.sql.
#
# Prepare once (see docs/performance.md): start the packaged app with its own data directory and demo data and load
# bench/results-data.sql into its database, then:
#
#   PGHOST=127.0.0.1 PGPORT=<port> PGUSER=postgres bench/public-results.sh [base-url] [runs]
#
# The script fixes the cycle's results by decree through the commissioner's pages when it has none yet (the decree
# freezes every participant's row) and marks the year published with psql (bench only: the app publishes through
# Publications). Each request is timed with curl's time_total on localhost, one at a time: the server's time.
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
RUNS=${2:-30}
PASSWORD=${BENCH_PASSWORD:-monev-demo-2026}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/commissioner.jar"

token() { grep -o 'name="_csrf" value="[^"]*"' "$1" | sed -n 1p | sed 's/.*value="\([^"]*\)"/\1/'; }

CYCLE=$(psql -At -c "select id from cycle where year = 2026 order by id limit 1")
YEAR=$(psql -At -c "select year from cycle where id = $CYCLE")

if [[ $(psql -At -c "select count(*) from decree where cycle_id = $CYCLE") == 0 ]]; then
	curl -s -c "$JAR" -b "$JAR" "$BASE/login" -o "$WORK/login.html"
	curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "username=komisioner@kipkaltim.test" \
		--data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$(token "$WORK/login.html")" "$BASE/login"
	post() {
		local path=$1
		shift
		curl -s -c "$JAR" -b "$JAR" "$BASE/commissioner/cycles/$CYCLE/decrees" -o "$WORK/page.html"
		curl -s -c "$JAR" -b "$JAR" -o /dev/null -w "POST $path: %{http_code} in %{time_total} s\n" \
			--data-urlencode "_csrf=$(token "$WORK/page.html")" "$@" "$BASE/commissioner/cycles/$CYCLE/$path"
	}
	post shortlist/draw
	post decrees --data-urlencode "number=BENCH/PUBLIC/$(date +%s)" --data-urlencode "date=$(date +%F)"
fi
psql -q -c "insert into result_publication (cycle_id, year, published_by_name, published_at)
	values ($CYCLE, $YEAR, 'Benchmark', now()) on conflict do nothing"
DECREE=$(psql -At -c "select id from decree where cycle_id = $CYCLE order by version desc limit 1")
echo "cycle $CYCLE ($YEAR): decree $DECREE with $(psql -At -c "select count(*) from decree_row where decree_id = $DECREE") rows"
CATEGORY=$(psql -At -c "select category_id from decree_row where decree_id = $DECREE group by category_id order by count(*) desc limit 1")

stats() { sort -n | awk '{ v[NR] = $1 * 1000 } END { printf "p50 %.0f ms, p90 %.0f ms, max %.0f ms (%d runs)\n",
	v[int((NR + 1) / 2)], v[int(NR * 0.9 + 0.5)], v[NR], NR }'; }

time_get() { curl -s -o "$WORK/answer" -w "%{time_total}\n" "$BASE$1"; }

for path in "/hasil/$YEAR" "/hasil/$YEAR?kategori=$CATEGORY&page=3" "/hasil/$YEAR?q=Benchmark+77" \
	"/hasil/$YEAR.json" "/hasil/$YEAR.csv"; do
	first=$(time_get "$path")
	printf '%-40s first %4.0f ms, %s bytes; ' "$path" "$(echo "$first * 1000" | bc)" "$(wc -c < "$WORK/answer")"
	for run in $(seq "$RUNS"); do time_get "$path"; done | stats
done
