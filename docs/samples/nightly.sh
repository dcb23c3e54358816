#!/bin/bash
# The nightly sales import and reconciliation with the smartgift CLI (docs/scheduled-tasks.md).
# Silent when every order is confirmed, so cron mails only when something needs a person. The
# reconciliation runs whatever the import's exit code and writes the night's report (HTML), and the
# script exits with the worse of the two. With SMARTGIFT_MAIL_TO set, the report is mailed (sendmail
# -t) when something needs a person. Logs and reports are dated files per night, kept
# SMARTGIFT_KEEP_DAYS days (default 30).
#
#   nightly.sh SALES.csv
#
# From the environment (the key file, /etc/smartgift/env): SMARTGIFT_API_KEY or SMARTGIFT_PROFILE;
# SMARTGIFT_BASE_URL points a rehearsal at a mock server; SMARTGIFT_LOG_DIR (default /var/log/smartgift).
set -u
sales=${1:?usage: nightly.sh SALES.csv}
logs=${SMARTGIFT_LOG_DIR:-/var/log/smartgift}
keep=${SMARTGIFT_KEEP_DAYS:-30}
day=$(date +%F)
file=$(basename "$sales")
log=$logs/nightly-$day.log
report=$logs/report-$day.html
export NO_COLOR=1        # no colour codes in the log or the mail

mkdir -p "$logs" || exit 2
notes=$(mktemp) || exit 2
trap 'rm -f "$notes"' EXIT

# Every log line: the time, the file, then what happened.
stamp() { while IFS= read -r line; do printf '%s %s %s\n' "$(date -u +%FT%TZ)" "$file" "$line"; done >> "$log"; }

smartgift sale import "$sales" -o jsonl > "$logs/import-$day.jsonl" 2> "$notes"
import=$?
echo "import exit $import" | cat "$notes" - | stamp

smartgift reconcile "$sales" -o csv --report "$report" > "$logs/reconcile-$day.csv" 2> "$notes"
reconcile=$?
echo "reconciliation exit $reconcile" | cat "$notes" - | stamp

# The orders that need a person, one line each: status, order id, why (the detail, after the 4th comma).
awk -F, 'NR > 1 && $1 != "Confirmed" && $1 != "Skipped" && $1 != "NotInSource" {
        why = $0; for (i = 0; i < 4; i++) why = substr(why, index(why, ",") + 1)
        gsub(/^"|"$/, "", why); print "needs attention:", $1, $2, why }' "$logs/reconcile-$day.csv" | stamp

find "$logs" -maxdepth 1 -type f \( -name 'nightly-*.log' -o -name 'import-*.jsonl' -o -name 'reconcile-*.csv' -o -name 'report-*.html' \) \
    -mtime +"$keep" -delete

worst=$(( import > reconcile ? import : reconcile ))
if [ "$worst" -ne 0 ]; then
    # Printed only now: cron mails it (MAILTO). Tonight's log says what happened, line by line.
    echo "Smart Gift nightly job for $file needs a person: exit $worst (import $import, reconciliation $reconcile)."
    echo "Log: $log   Reconciliation: $logs/reconcile-$day.csv   Report: $report"
    echo
    cat "$log"
    if [ -n "${SMARTGIFT_MAIL_TO:-}" ] && [ -f "$report" ]; then
        # The report itself as the mail: a self-contained HTML page, readable in any mail client.
        { printf 'To: %s\nSubject: Smart Gift nightly job for %s needs a person (exit %s)\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n' \
              "$SMARTGIFT_MAIL_TO" "$file" "$worst"
          cat "$report"; } | sendmail -t || echo "the report could not be mailed to $SMARTGIFT_MAIL_TO" | stamp
    fi
fi
exit "$worst"
