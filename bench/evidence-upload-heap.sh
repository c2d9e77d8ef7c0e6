#!/usr/bin/env bash
# Heap while one large evidence file is uploaded: it must stay flat, because Tomcat writes the multipart body to
# disk and EvidenceManagement streams it from there into the content-addressed store (64 KB buffer).
#
# Starts the packaged app (./mvnw -DskipTests package first) with its own data directory and embedded PostgreSQL,
# limits raised to 300 MB and the heap capped (default -Xmx256m, smaller than the file), logs in as the demo
# respondent with curl, uploads a generated PDF of SIZE_MB (default 200) and samples the used heap with jstat
# before, during (every 0.25 s) and after the upload.
#
# Usage: bench/evidence-upload-heap.sh [SIZE_MB]      Env: PORT (18089), HEAP (256m), JAR (target/*.jar)
set -euo pipefail

SIZE_MB=${1:-200}
PORT=${PORT:-18089}
HEAP=${HEAP:-256m}
JAR=${JAR:-$(ls target/e-monev-kip-*.jar | grep -v plain | head -1)}
WORK=$(mktemp -d /tmp/evidence-bench.XXXXXX)
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

# Used heap in MB (survivors + eden + old) from jstat, which reads the same figures for every collector.
heap_mb() {
	jstat -gc "$JAR_PID" | awk 'NR==1 { for (i = 1; i <= NF; i++) col[$i] = i }
		NR==2 { printf "%.1f\n", ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024 }'
}

echo "Generating a ${SIZE_MB} MB PDF (%PDF header + random bytes)..."
printf '%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n' > "$WORK/besar.pdf"
head -c "$((SIZE_MB * 1024 * 1024))" /dev/urandom >> "$WORK/besar.pdf"

echo "Starting $JAR on port $PORT with -Xmx$HEAP, data in $WORK/data ..."
APP_DATA_DIR="$WORK/data" APP_DEMO=true APP_MAX_UPLOAD=300MB APP_MAX_REQUEST=300MB PORT=$PORT \
	java -Xmx"$HEAP" -jar "$JAR" --app.evidence.max-file-size=300MB > "$WORK/app.log" 2>&1 &
JAR_PID=$!
for _ in $(seq 1 240); do
	if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP; then break; fi
	if ! kill -0 "$JAR_PID" 2>/dev/null; then cat "$WORK/app.log"; exit 1; fi
	sleep 1
done

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="\([^"]*\)"/\1/'; }
JAR_COOKIES="$WORK/cookies"
TOKEN=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | csrf)
curl -fs -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=responden@kukar.test" \
	--data-urlencode "password=monev-demo-2026" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
TOKEN=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/evidence" | csrf)
[[ -n "$TOKEN" ]] || { echo "login failed"; exit 1; }

# Warm up once with a small file so that class loading does not count as upload memory, then settle the heap.
head -c 100000 "$WORK/besar.pdf" > "$WORK/kecil.pdf"
curl -fs -o /dev/null -b "$JAR_COOKIES" -H "X-Requested-With: XMLHttpRequest" -H "X-CSRF-TOKEN: $TOKEN" \
	-F "files=@$WORK/kecil.pdf;type=application/pdf" "$BASE/evidence"
jcmd "$JAR_PID" GC.run > /dev/null
sleep 1
BEFORE=$(heap_mb)

START=$(date +%s.%N)
curl -s -o "$WORK/answer.txt" -w '%{http_code}' -b "$JAR_COOKIES" -H "X-Requested-With: XMLHttpRequest" \
	-H "X-CSRF-TOKEN: $TOKEN" -F "files=@$WORK/besar.pdf;type=application/octet-stream" "$BASE/evidence" > "$WORK/status.txt" &
CURL_PID=$!
# One jstat sampling every 100 ms for as long as the upload runs.
jstat -gc "$JAR_PID" 100 > "$WORK/during.txt" &
JSTAT_PID=$!
wait "$CURL_PID"
END=$(date +%s.%N)
kill "$JSTAT_PID"
wait "$JSTAT_PID" 2>/dev/null || true
read -r PEAK SAMPLES < <(awk 'NR==1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
	$1 ~ /^[0-9.]+$/ { used = ($col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]) / 1024; n++; if (used > peak) peak = used }
	END { printf "%.1f %d\n", peak, n }' "$WORK/during.txt")
AFTER_NO_GC=$(heap_mb)
jcmd "$JAR_PID" GC.run > /dev/null
sleep 1
AFTER=$(heap_mb)

echo
echo "Upload of ${SIZE_MB} MB: HTTP $(cat "$WORK/status.txt") \"$(cat "$WORK/answer.txt")\" in $(awk -v s="$START" -v e="$END" 'BEGIN { printf "%.1f", e - s }') s"
STORED=$(find "$WORK/data/evidence" -type f -size +$((SIZE_MB * 1024 - 1))k -not -path "$WORK/data/evidence/tmp/*" | head -1)
echo "Stored blob: ${STORED:-none} ($( [[ -n "$STORED" ]] && stat -c %s "$STORED" || echo 0) bytes)"
ID=$(curl -fs -b "$JAR_COOKIES" "$BASE/evidence" | grep -o 'href="/evidence/[0-9]*"' | head -1 | grep -o '[0-9]*')
echo "Sniffed type of the stored file: $(curl -fsI -b "$JAR_COOKIES" "$BASE/evidence/$ID" | tr -d '\r' | grep -i '^content-type:')"
echo "Temporary files left: $(find "$WORK/data/evidence/tmp" -type f 2>/dev/null | wc -l)"
echo "Heap used (MB, -Xmx$HEAP): before $BEFORE | peak during $PEAK ($SAMPLES samples every 0.1 s) | right after $AFTER_NO_GC | after GC $AFTER"
