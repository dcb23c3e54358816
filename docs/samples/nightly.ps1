#requires -Modules SmartGift
<#
    The nightly sales import and reconciliation (docs/scheduled-tasks.md). Silent when every order
    is confirmed, so cron mails (and a task's alert fires) only when something needs a person. The
    reconciliation runs whatever the import did. Logs are one dated file per night, kept -KeepDays.
    Exit codes: 0 all confirmed, 1 needs attention, 2 could not run, 3 some outcomes unknown.
#>
param(
    [string] $SalesFile = (Join-Path '/srv/exports' "sales-$(Get-Date -Format yyyy-MM-dd).csv"),
    [string] $LogFolder = '/var/log/smartgift',
    [string] $ProfileName = $env:SMARTGIFT_PROFILE,   # a smartgift CLI profile; else SMARTGIFT_API_KEY
    [string] $SecretName,                             # or a SecretManagement vault's secret (Windows)
    [string] $MailTo = $env:SMARTGIFT_MAIL_TO,         # mail the report here when something needs a person
    [int] $KeepDays = 30
)
$ErrorActionPreference = 'Stop'
if ($PSStyle) { $PSStyle.OutputRendering = 'PlainText' }   # no colour codes in the log or the mail
$ProgressPreference = 'SilentlyContinue'                   # no one watches a scheduled job's progress bar
$day = Get-Date -Format yyyy-MM-dd
$file = Split-Path -Leaf $SalesFile
$log = Join-Path $LogFolder "nightly-$day.log"
$report = Join-Path $LogFolder "report-$day.html"
$null = New-Item -ItemType Directory -Force -Path $LogFolder

# Every log line: the time, the file, then what happened.
function Write-NightlyLog([string] $Text) {
    $time = [DateTime]::UtcNow.ToString('yyyy-MM-ddTHH:mm:ssZ', [cultureinfo]::InvariantCulture)
    Add-Content -Path $log -Value "$time $file $Text"
}

$code = 0
try {
    if ($SecretName) { Connect-SgService -SecretName $SecretName }
    elseif ($ProfileName) { Connect-SgService -Profile $ProfileName }
    else { Connect-SgService }

    # Import: one bad order never stops the others; its error record goes to the log.
    $imported = @(New-SgSale -Path $SalesFile -ErrorAction SilentlyContinue -ErrorVariable failures -WarningAction SilentlyContinue -WarningVariable warnings)
    foreach ($group in $imported | Group-Object { "$($_.Status)" }) { Write-NightlyLog ('import: {0} {1}' -f $group.Count, $group.Name) }
    foreach ($warning in $warnings) { Write-NightlyLog "warning: $($warning.Message)" }
    foreach ($failure in $failures) { Write-NightlyLog "error: $($failure.FullyQualifiedErrorId): $($failure.Exception.Message)" }
}
catch {
    Write-NightlyLog "import could not run: $($_.FullyQualifiedErrorId): $($_.Exception.Message)"
    $code = 2
}

try {
    # Reconcile the file with the ledger, whatever the import did, and write the night's report.
    $rows = @(Compare-SgSale -Path $SalesFile -ReportPath $report -WarningAction SilentlyContinue -InformationAction SilentlyContinue)
    $attention = @($rows | Where-Object { "$($_.Status)" -notin 'Confirmed', 'Skipped', 'NotInSource' })
    Write-NightlyLog ('reconciliation: {0} orders, {1} need attention' -f $rows.Count, $attention.Count)
    foreach ($row in $attention) { Write-NightlyLog "needs attention: $($row.Status) $($row.OrderId) $($row.Detail)" }
    if ($attention | Where-Object { "$($_.Status)" -eq 'Unknown' }) { $code = [Math]::Max($code, 3) }
    elseif ($attention) { $code = [Math]::Max($code, 1) }
}
catch {
    Write-NightlyLog "reconciliation could not run: $($_.FullyQualifiedErrorId): $($_.Exception.Message)"
    $code = [Math]::Max($code, 2)
}

Get-ChildItem -Path (Join-Path $LogFolder '*') -Include 'nightly-*.log', 'report-*.html' -File |
    Where-Object LastWriteTime -lt (Get-Date).AddDays(-$KeepDays) | Remove-Item

if ($code -ne 0 -and $MailTo -and (Test-Path $report)) {
    # The report itself as the mail: a self-contained HTML page, readable in any mail client.
    $headers = "To: $MailTo", "Subject: Smart Gift nightly job for $file needs a person (exit $code)", 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', ''
    try { ($headers + (Get-Content -Raw -Path $report)) -join "`n" | sendmail -t }
    catch { Write-NightlyLog "the report could not be mailed to ${MailTo}: $($_.Exception.Message)" }
    if ($LASTEXITCODE) { Write-NightlyLog "the report could not be mailed to ${MailTo}: sendmail exit $LASTEXITCODE" }
}

if ($code -ne 0) {
    # Printed only now: cron mails it (MAILTO). Tonight's log says what happened, line by line.
    "Smart Gift nightly job for $file needs a person: exit $code."
    "Log: $log   Report: $report"
    ''
    Get-Content -Path $log
}
exit $code
