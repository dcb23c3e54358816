# Three nightly rehearsals (issue 20): the jobs of docs/scheduled-tasks.md, run as documented (the
# crontab lines' commands in /bin/sh as cron runs them, the PowerShell script in a real pwsh, the key
# file as the page shows it) against the mock server through SMARTGIFT_BASE_URL, on a clean night,
# a night with a bad row, and a night when Smart Gift stops answering sales. cron mails what a job
# prints, so "no mail" is empty stdout and stderr; a mail must name the orders needing a person.
BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'DocSandbox.ps1')
    $sameAs = @(Get-DocBlock (Join-Path $PSScriptRoot '../../docs/scheduled-tasks.md') | Where-Object Kind -eq 'same as' | ForEach-Object { @{ Argument = $_.Argument; Code = $_.Code } })
    $jobs = @(
        # The outage's codes as the page gives them: the script's 3 (unknown outcomes), the CLI's 1 (needs attention).
        @{ Job = 'PowerShell'; Pattern = 'nightly\.ps1'; OutageExit = 3 }
        @{ Job = 'CLI'; Pattern = 'nightly\.sh'; OutageExit = 1 }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    . (Join-Path $PSScriptRoot 'DocSandbox.ps1')
    $null = Start-TestMockServer
    $page = Join-Path $RepoRoot 'docs/scheduled-tasks.md'
    $blocks = @(Get-DocBlock $page)
    $keyFile = @($blocks | Where-Object { $_.Kind -eq 'file' -and $_.Argument -eq '/etc/smartgift/env' })[0].Code
    $day = Get-Date -Format yyyy-MM-dd
    $salesName = "sales-$day.csv"
    $logLine = '^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ ' + [regex]::Escape($salesName) + ' '
    $escape = [char]27

    # The documented crontab line of a job, with the paths of a real host supplied by the sandbox's.
    function Get-NightlyCommand($Sandbox, [string] $Pattern, [switch] $MailLine) {
        $line = @($blocks | Where-Object Kind -eq 'cron' | ForEach-Object { Get-CronCommand $_.Code } | Where-Object { $_ -match $Pattern -and ($_ -match '\| mail ') -eq [bool]$MailLine })[0]
        $line.Replace('/etc/smartgift/env', (Join-Path $Sandbox.etc 'env')).
        Replace('/opt/smartgift/', (Join-Path $RepoRoot 'docs/samples/')).
        Replace('/srv/exports', $Sandbox.exports).
        Replace('/var/log/smartgift', $Sandbox.logs)
    }

    # One night: a fresh company history, the key file as documented (the mock's key in place of a
    # live one), tonight's export, an old log that must be pruned; then the cron line.
    function Invoke-Night([string] $Pattern, [string[]] $SalesLines, [switch] $Outage, [switch] $MailLine, [hashtable] $Environment = @{}) {
        Reset-Mock
        $sandbox = New-DocSandbox
        Set-Content -Path (Join-Path $sandbox.etc 'env') -Value $keyFile.Replace('sk_live_...', 'sk_test_demo')
        Set-Content -Path (Join-Path $sandbox.exports $salesName) -Value $SalesLines
        $old = Join-Path $sandbox.logs 'nightly-2020-01-01.log'
        Set-Content -Path $old -Value 'an old night'
        (Get-Item $old).LastWriteTime = (Get-Date).AddDays(-40)
        if ($Outage) { $null = Invoke-MockControl faults -Method Post -Body @{ method = 'POST'; path = '/pos-sale'; kind = 'fail_before'; status = 503 } }
        $run = Invoke-SandboxProcess $sandbox '/bin/sh' @('-c', (Get-NightlyCommand $sandbox $Pattern -MailLine:$MailLine)) $Environment
        $logPath = Join-Path $sandbox.logs "nightly-$day.log"
        $reportPath = Join-Path $sandbox.logs "report-$day.html"
        $run | Add-Member -PassThru -NotePropertyMembers @{
            Mail = $run.StdOut + $run.StdErr
            Log = if (Test-Path $logPath) { @(Get-Content $logPath) } else { @() }
            OldLogKept = Test-Path $old
            Orders = @(Get-MockOrders).Count
            Mailbox = if (Test-Path $sandbox.Mailbox) { Get-Content -Raw $sandbox.Mailbox } else { '' }
            Report = if (Test-Path $reportPath) { Get-Content -Raw $reportPath } else { '' }
        }
        Invoke-MockControl faults -Method Delete | Out-Null
        Remove-DocSandbox $sandbox
    }

    $allSales = @(Get-Content $SalesCsv)
    $cleanSales = @($allSales | Where-Object { $_ -notmatch '^S-1013,' })
}

AfterAll {
    Stop-TestMockServer
}

Describe 'The nightly <Job> job, rehearsed against the mock server' -ForEach $jobs {
    It 'on a clean night sends every order, prints nothing (no mail) and exits 0' {
        $night = Invoke-Night $Pattern $cleanSales
        $night.Mail | Should -BeNullOrEmpty
        $night.ExitCode | Should -Be 0
        $night.Orders | Should -Be 19
        $night.Log | Should -Not -BeNullOrEmpty
        $night.Log | ForEach-Object { $_ | Should -Match $logLine }
        $night.Log -match 'needs attention' | Should -BeNullOrEmpty
        $night.OldLogKept | Should -BeFalse -Because 'logs older than 30 days are deleted'
        $night.Report | Should -Match '<svg' -Because 'the night''s report is written every night, its chart inline'
        $night.Report | Should -Match 'All settled: nothing needs a person'
    }

    It 'on a night with a bad row reconciles anyway, mails the order that needs a person and exits 1' {
        $night = Invoke-Night $Pattern $allSales
        $night.ExitCode | Should -Be 1
        $night.Orders | Should -Be 19
        $night.Mail | Should -Match 'needs a person'
        $night.Mail | Should -Match 'S-1013'
        $night.Mail | Should -Not -Match $escape
        @($night.Log -match ($logLine + 'needs attention: Failed S-1013')).Count | Should -Be 1
        @($night.Log -match ($logLine + 'reconciliation')).Count | Should -BeGreaterThan 0
        ($night.Log -join "`n") | Should -Not -Match $escape
        $night.Mail | Should -Match ([regex]::Escape("Report: ") + '\S+report-' + $day + '\.html')
        $night.Report | Should -Match '1 record needs a person'
        $night.Report | Should -Match 'S-1013' -Because 'the report lists the order that needs a person'
    }

    It 'mails the report itself to SMARTGIFT_MAIL_TO on a night with a bad row, and nothing on a clean night' {
        $mailTo = @{ SMARTGIFT_MAIL_TO = 'venue-admin@example.co.uk' }
        $clean = Invoke-Night $Pattern $cleanSales -Environment $mailTo
        $clean.Mailbox | Should -BeNullOrEmpty
        $bad = Invoke-Night $Pattern $allSales -Environment $mailTo
        $bad.ExitCode | Should -Be 1
        $bad.Mailbox | Should -Match '^sendmail -t'
        $bad.Mailbox | Should -Match '(?m)^To: venue-admin@example\.co\.uk$'
        $bad.Mailbox | Should -Match '(?m)^Content-Type: text/html; charset=utf-8$'
        $bad.Mailbox | Should -Match '<svg'
        $bad.Mailbox | Should -Match 'S-1013'
    }

    It 'on a night Smart Gift stops answering sales mails every order that needs a person, without colour codes' {
        $night = Invoke-Night $Pattern $cleanSales -Outage
        $night.ExitCode | Should -Be $OutageExit
        $night.Orders | Should -Be 0
        $night.Mail | Should -Match 'needs a person'
        $night.Mail | Should -Not -Match $escape
        ($night.Log -join "`n") | Should -Not -Match $escape
        # Every order of the file is named: unknown (may have reached Smart Gift) or not sent.
        $named = @($night.Log -match ($logLine + 'needs attention: (Unknown|NotSent) S-1\d\d\d'))
        $named.Count | Should -Be 19
        @($night.Log -match ($logLine + 'reconciliation')).Count | Should -BeGreaterThan 0
    }
}

Describe 'The CLI job mailing its own output (no MAILTO)' {
    It 'sends no mail on a clean night' {
        $night = Invoke-Night 'nightly\.sh' $cleanSales -MailLine
        $night.Mailbox | Should -BeNullOrEmpty
        $night.Mail | Should -BeNullOrEmpty
    }

    It 'mails the night''s trouble, naming the order, on a night with a bad row' {
        $night = Invoke-Night 'nightly\.sh' $allSales -MailLine
        $night.Mailbox | Should -Match '^mail -s Smart Gift nightly job needs a person venue-admin@example.co.uk'
        $night.Mailbox | Should -Match 'needs attention: Failed S-1013'
        $night.Mail | Should -BeNullOrEmpty -Because 'what went to mail is not printed again for cron'
    }
}

Describe 'The documented scripts' {
    It 'docs/scheduled-tasks.md shows <Argument> as it is in the repository' -ForEach $sameAs {
        $Code + "`n" | Should -BeExactly ((Get-Content -Raw (Join-Path $PSScriptRoot "../../$Argument")) -replace "`r`n", "`n")
    }
}
