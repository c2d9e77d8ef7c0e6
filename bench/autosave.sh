#!/usr/bin/env bash
# Autosave benchmark: logs in as the demo respondent, opens the questionnaire (which creates the submission),
# collects the yes/no questions from the indicator pages and runs wrk against the autosave endpoint.
# The question list passed to the wrk script is "submissionId:questionId=CODE,...".
# Usage: [CONNECTIONS=50] bench/autosave.sh [base-url] [duration]   (the app must be running, with demo data)
# wrk's timeout is raised to 10 s so that slow saves count in the latency figures instead of as timeouts.
set -euo pipefail
BASE=${1:-http://127.0.0.1:8080}
DURATION=${2:-30s}
EMAIL=${BENCH_EMAIL:-responden@kukar.test}
PASSWORD=${BENCH_PASSWORD:-monev-demo-2026}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
JAR="$WORK/cookies"

# sed -n 1p rather than head -1: head closing the pipe early would kill grep (SIGPIPE) and, with pipefail, the script.
token() { grep -o 'name="_csrf" value="[^"]*"' "$1" | sed -n 1p | sed 's/.*value="\([^"]*\)"/\1/'; }

curl -s -c "$JAR" -b "$JAR" "$BASE/login" -o "$WORK/login.html"
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "username=$EMAIL" --data-urlencode "password=$PASSWORD" \
	--data-urlencode "_csrf=$(token "$WORK/login.html")" "$BASE/login"
curl -s -c "$JAR" -b "$JAR" "$BASE/respondent" -o "$WORK/home.html"
SUBMISSION=$(grep -o '/respondent/submissions/[0-9]*/indicators/[0-9]*' "$WORK/home.html" | sed -n 1p | cut -d/ -f4)
test -n "$SUBMISSION" || { echo "no submission link on /respondent (login failed or no open SAQ)" >&2; exit 1; }
QUESTIONS=""
for page in $(grep -o "/respondent/submissions/$SUBMISSION/indicators/[0-9]*" "$WORK/home.html" | sort -u); do
	curl -s -c "$JAR" -b "$JAR" "$BASE$page" -o "$WORK/page.html"
	# Yes/no questions only: their form action is followed by a radio with id q-CODE-yes.
	ids=$(python3 - "$WORK/page.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
for form in re.split(r'<form method="post" class="answer-form"', html)[1:]:
	action = re.search(r'action="/respondent/submissions/\d+/answers/(\d+)"', form)
	yes = re.search(r'id="q-([\w-]+)-yes"', form.split("</form>")[0])
	if action and yes:
		print(action.group(1) + "=" + yes.group(1))
PY
)
	QUESTIONS="$QUESTIONS $ids"
	CSRF=$(token "$WORK/page.html")
done
QUESTIONS=$(echo $QUESTIONS | tr ' ' ',')
SESSION=$(awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$JAR")
echo "submission $SUBMISSION, yes/no questions: $(echo "$QUESTIONS" | tr ',' '\n' | wc -l)"
wrk -t2 -c"${CONNECTIONS:-50}" -d"$DURATION" --timeout 10s --latency -s "$(dirname "$0")/autosave.lua" "$BASE" -- "$SESSION" "$CSRF" "$SUBMISSION:$QUESTIONS"
