#!/usr/bin/env bash
# Throughput of a resumable (tus 1.0) evidence upload against a plain multipart upload of the same file, in the
# same run: the resumable path pays for one request per part, writing the parts to disk and reading the whole file
# again (declared SHA-256, then the library's own upload path) before it is stored.
#
# Starts the packaged app (./mvnw -DskipTests package first) with its own data directory and embedded PostgreSQL,
# logs in as the demo respondent with curl, generates a PDF of SIZE_MB (default 20) and uploads it REPS times
# (default 5) each way, alternating: (a) one multipart POST to /evidence (the form without script), (b) the tus
# endpoint of the body's library: POST with Upload-Length and the file's name and SHA-256 as the browser sends
# them, then PATCH parts of CHUNK bytes (512 KiB, evidence-upload.js CHUNK) over one kept-alive connection, as the
# browser does. Every repetition sends a copy that differs in one header line, so each one is stored for real
# (an identical file would only be found again). Client-side hashing is done before the clock starts (the browser
# hashes the file before its first request too). Prints MB/s of each, the median ratio and the load average.
#
# Usage: bench/upload-throughput.sh [SIZE_MB] [REPS]      Env: PORT (18090), CHUNK (524288), JAR (target/*.jar)
set -euo pipefail

SIZE_MB=${1:-20}
REPS=${2:-5}
PORT=${PORT:-18090}
CHUNK=${CHUNK:-524288}
JAR=${JAR:-$(ls target/e-monev-kip-*.jar | grep -v plain | head -1)}
WORK=$(mktemp -d /tmp/upload-bench.XXXXXX)
BASE="http://localhost:$PORT"
JAR_PID=""

cleanup() {
	if [[ -n "$JAR_PID" ]] && kill -0 "$JAR_PID" 2>/dev/null; then
		kill "$JAR_PID"
		wait "$JAR_PID" 2>/dev/null || true
	fi
	rm -rf "$WORK"
}
trap cleanup EXIT

echo "Starting $JAR on port $PORT, data in $WORK/data ..."
APP_DATA_DIR="$WORK/data" APP_DEMO=true PORT=$PORT java -jar "$JAR" > "$WORK/app.log" 2>&1 &
JAR_PID=$!
for _ in $(seq 1 240); do
	if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP; then break; fi
	if ! kill -0 "$JAR_PID" 2>/dev/null; then cat "$WORK/app.log"; exit 1; fi
	sleep 1
done

# sed -n 1p rather than head -1: head closing the pipe early would kill grep (SIGPIPE) and, with pipefail, the script.
csrf() { grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="\([^"]*\)"/\1/'; }
COOKIES="$WORK/cookies"
TOKEN=$(curl -fs -c "$COOKIES" -b "$COOKIES" "$BASE/login" | csrf)
curl -fs -o /dev/null -c "$COOKIES" -b "$COOKIES" --data-urlencode "username=responden@kukar.test" \
	--data-urlencode "password=monev-demo-2026" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
curl -fs -c "$COOKIES" -b "$COOKIES" "$BASE/evidence" -o "$WORK/library.html"
TOKEN=$(csrf < "$WORK/library.html")
ENDPOINT=$(grep -o 'data-resumable="[^"]*"' "$WORK/library.html" | sed -n 1p | sed 's/.*="\([^"]*\)"/\1/')
[[ -n "$TOKEN" && -n "$ENDPOINT" ]] || { echo "login failed or no resumable endpoint on /evidence"; exit 1; }

BYTES=$((SIZE_MB * 1000 * 1000))
echo "Generating a ${SIZE_MB} MB PDF (%PDF header + random bytes), $REPS copies differing in one line ..."
head -c "$BYTES" /dev/urandom > "$WORK/bulk"
copy() { # copy N: the file of repetition N, exactly BYTES long (the header lines are 23 bytes)
	{ printf '%%PDF-1.4\n%%bench-%06d\n' "$1"; tail -c +24 "$WORK/bulk"; } > "$WORK/copy-$1.pdf"
}

seconds() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.3f", e - s }'; }
rate() { awk -v b="$BYTES" -v t="$1" 'BEGIN { printf "%.1f", b / 1e6 / t }'; }

plain() { # plain N: seconds for one multipart upload
	local start end status
	start=$(date +%s.%N)
	status=$(curl -s -o "$WORK/answer.txt" -w '%{http_code}' -b "$COOKIES" -H "X-Requested-With: XMLHttpRequest" \
		-H "X-CSRF-TOKEN: $TOKEN" -F "files=@$WORK/copy-$1.pdf;type=application/pdf" "$BASE/evidence")
	end=$(date +%s.%N)
	[[ "$status" == 200 ]] || { echo "plain upload $1: HTTP $status $(cat "$WORK/answer.txt")" >&2; exit 1; }
	cp "$WORK/answer.txt" "$WORK/plain-answer.txt"
	seconds "$start" "$end"
}

resumable() { # resumable N: seconds for one tus upload (POST, then every PATCH on one connection)
	local file="$WORK/copy-$1.pdf" name sha parts args offset start end location codes
	name=$(printf 'bench-%s.pdf' "$1" | base64 -w0)
	sha=$(sha256sum "$file" | cut -d' ' -f1 | tr -d '\n' | base64 -w0)
	rm -rf "$WORK/parts" && mkdir "$WORK/parts"
	split -b "$CHUNK" -d -a 4 "$file" "$WORK/parts/p"
	start=$(date +%s.%N)
	location=$(curl -s -o /dev/null -D - -b "$COOKIES" -X POST -H "Tus-Resumable: 1.0.0" \
		-H "X-Requested-With: XMLHttpRequest" -H "X-CSRF-TOKEN: $TOKEN" -H "Upload-Length: $BYTES" \
		-H "Upload-Metadata: filename $name,sha256 $sha" "$BASE$ENDPOINT" | tr -d '\r' | awk 'tolower($1) == "location:" { print $2 }')
	[[ -n "$location" ]] || { echo "resumable upload $1: no Location" >&2; exit 1; }
	[[ "$location" == http* ]] || location="$BASE$location"
	args=()
	offset=0
	for part in "$WORK"/parts/p*; do
		[[ $offset -gt 0 ]] && args+=(--next)
		args+=(-s -o "$WORK/answer.txt" -w '%{http_code}\n' -b "$COOKIES" -X PATCH -H "Tus-Resumable: 1.0.0"
			-H "X-Requested-With: XMLHttpRequest" -H "X-CSRF-TOKEN: $TOKEN" -H "Upload-Offset: $offset"
			-H "Content-Type: application/offset+octet-stream" --data-binary "@$part" "$location")
		offset=$((offset + $(stat -c %s "$part")))
	done
	codes=$(curl "${args[@]}")
	end=$(date +%s.%N)
	# every part but the last answers 204; the last one 200 with the library's answer ("tersimpan di pustaka.")
	if [[ "$(echo "$codes" | grep -c '^204$')" != "$(( $(echo "$codes" | wc -l) - 1 ))" || "$(echo "$codes" | tail -1)" != 200 ]]; then
		echo "resumable upload $1: answers $(echo "$codes" | sort | uniq -c | tr '\n' ' ') $(cat "$WORK/answer.txt")" >&2
		exit 1
	fi
	cp "$WORK/answer.txt" "$WORK/resumable-answer.txt"
	seconds "$start" "$end"
}

# One warm-up of each (class loading, JIT), not counted.
copy 0
plain 0 > /dev/null
copy 999
resumable 999 > /dev/null

PLAIN=()
RESUMABLE=()
for rep in $(seq 1 "$REPS"); do
	copy "$rep"
	PLAIN+=("$(plain "$rep")")
	copy "$((rep + 1000))"
	RESUMABLE+=("$(resumable "$((rep + 1000))")")
	echo "repetition $rep: plain ${PLAIN[-1]} s ($(rate "${PLAIN[-1]}") MB/s), resumable ${RESUMABLE[-1]} s ($(rate "${RESUMABLE[-1]}") MB/s)"
	rm -f "$WORK/copy-$rep.pdf" "$WORK/copy-$((rep + 1000)).pdf"
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
P=$(median "${PLAIN[@]}")
R=$(median "${RESUMABLE[@]}")
PARTS=$(( (BYTES + CHUNK - 1) / CHUNK ))
STORED=$(find "$WORK/data/evidence" -type f -size +$((BYTES / 1024 - 1))k -not -path "$WORK/data/evidence/tmp/*" | wc -l)
LEFT=$(find "$WORK/data/uploads-incomplete" -type f 2>/dev/null | wc -l)
echo
echo "File: $BYTES bytes (${SIZE_MB} MB), $REPS repetitions each, resumable in $PARTS parts of $CHUNK bytes"
echo "Plain multipart:   median $P s = $(rate "$P") MB/s"
echo "Resumable (tus):   median $R s = $(rate "$R") MB/s"
echo "Ratio resumable/plain throughput: $(awk -v p="$P" -v r="$R" 'BEGIN { printf "%.2f", p / r }')"
echo "Last answers: plain \"$(cat "$WORK/plain-answer.txt")\", resumable \"$(cat "$WORK/resumable-answer.txt")\""
echo "Files stored: $STORED (expected $((2 * REPS + 2))), upload part files left: $LEFT"
echo "Load average: $(uptime | sed 's/.*load average: //')"
