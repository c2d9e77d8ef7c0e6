#!/usr/bin/env bash
# The scripted slow-link journey: the whole shipped SAQ (53 questions, six aspects) answered with its evidence and
# sent, on a 360 px phone in Debian's Chromium, by TapCountJourneyTests. It runs twice in the same session: once
# without network emulation (the baseline of this run) and once over Chromium's emulated 400 kbit/s link with 400 ms
# round trips (-Djourney.slowLink=true). Each run writes taps, page loads and the journey's duration in ms, from the
# first tap on the respondent home to the receipt; the script prints both, their ratio and the load average.
# Usage: bench/slow-link-journey.sh      (needs chromium and chromium-driver; starts its own application in the test)
set -euo pipefail
cd "$(dirname "$0")/.."
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f target/tap-journey.txt target/slow-link-journey.txt
./mvnw -q test -Dtest=TapCountJourneyTests -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
./mvnw -q test -Dtest=TapCountJourneyTests -Djourney.slowLink=true -Dsurefire.failIfNoSpecifiedTests=false >/dev/null
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
for f in target/tap-journey.txt target/slow-link-journey.txt; do
	echo "--- $f"; cat "$f"
done
base=$(sed -n 's/^millis=//p' target/tap-journey.txt)
slow=$(sed -n 's/^millis=//p' target/slow-link-journey.txt)
awk -v b="$base" -v s="$slow" 'BEGIN { printf "journey: unthrottled %.1f s, slow link %.1f s, ratio %.2f\n", b / 1000, s / 1000, s / b }'
