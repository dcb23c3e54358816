# A rate-limit wait shows a countdown with a percent that moves, and stopping the command during the
# wait (what Ctrl+C does) sends nothing new: rows piped from Import-Csv, and a file read with -Path.
# The import runs in a runspace of its own so that its progress records can be read while it waits
# (Write-Progress cannot be redirected).
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
}

AfterAll { Stop-TestMockServer }

Describe 'A rate-limit wait in New-SgSale <Form>' -ForEach @(
    @{ Form = 'from the pipeline'; Rows = 'Import-Csv ''{0}'' | New-SgSale' }
    @{ Form = '-Path'; Rows = 'New-SgSale -Path ''{0}''' }
) {
    BeforeAll {
        # A server of its own (a new address): the client's rate governor, shared by the whole process,
        # still remembers the spent window of the other form's server.
        Stop-TestMockServer
        $null = Start-TestMockServer
        # Three requests a minute: after connecting (two reads) and the first order, the next waits.
        Invoke-MockControl rate-limit -Method Post -Body @{ limit = 3; window_seconds = 60 } | Out-Null
        $journal = Join-Path $TestDrive 'waiting.jsonl'
        $csv = Join-Path $TestDrive 'five.csv'
        Import-Csv $SalesCsv | Where-Object order_id -in 'S-1001', 'S-1002', 'S-1004', 'S-1005', 'S-1006' | Export-Csv $csv -UseQuotes AsNeeded
        $ps = [powershell]::Create()
        $null = $ps.AddScript(@"
Import-Module '$ModuleManifest'
`$null = Connect-SgService -ApiKey (ConvertTo-SecureString 'sk_test_demo' -AsPlainText -Force) -BaseUri '$($SgTest.MockUri)' -SiteId 1
$($Rows -f $csv) -JournalPath '$journal' -SkipCatalogueCheck -MaxConcurrency 1
"@)
        $run = $ps.BeginInvoke()
        # Until two ticks of the countdown have come (bounded: the wait itself is up to a minute).
        $deadline = [DateTime]::UtcNow.AddSeconds(90)
        do {
            $ticks = @($ps.Streams.Progress | Where-Object StatusDescription -Match '^waiting (\d+) s for the rate limit')
        } until ($ticks.Count -ge 3 -or $run.AsyncWaitHandle.WaitOne(200) -or [DateTime]::UtcNow -gt $deadline)
        $shown = @($ps.Streams.Progress | ForEach-Object StatusDescription)
        $ordersBeforeStop = @(Get-MockOrders).Count
        # What Ctrl+C does to a running command.
        $ps.Stop()
        $ordersAfterStop = @(Get-MockOrders).Count
        $sending = @(Get-Content $journal | Where-Object { $_ -match '"event":"sending"' }).Count
        $ps.Dispose()
    }

    AfterAll { Invoke-MockControl rate-limit -Method Post -Body @{ limit = 10000; window_seconds = 60 } | Out-Null }

    It 'counts the wait down, with a percent that grows' {
        $ticks.Count | Should -BeGreaterOrEqual 3
        $seconds = $ticks | ForEach-Object { [int]([regex]::Match($_.StatusDescription, '\d+').Value) }
        $seconds[-1] | Should -BeLessThan $seconds[0]
        $ticks[-1].PercentComplete | Should -BeGreaterThan $ticks[0].PercentComplete
        $ticks | ForEach-Object { $_.PercentComplete | Should -BeIn (0..100) }
    }

    It 'says the window''s end is an estimate when Smart Gift did not give it (issue 21, finding 5)' {
        # Paced, not refused: no 429 came, so the time is the client's reckoning from the window length it assumes.
        $said = @($shown | Where-Object { $_ -match 'window resets' })
        $said | Should -Not -BeNullOrEmpty
        $said | ForEach-Object { $_ | Should -Match 'window resets about \d\d:\d\d:\d\d, estimated' }
    }

    It 'sends nothing new once stopped during the wait' {
        # Connect-SgService's two catalogue reads and the first order(s) used the window's three requests.
        $ordersBeforeStop | Should -BeGreaterThan 0
        $ordersBeforeStop | Should -BeLessThan 5
        $ordersAfterStop | Should -Be $ordersBeforeStop
        # Sending is journaled only when a request leaves: the waiting order was never marked sending.
        $sending | Should -Be $ordersBeforeStop
    }
}

# Issue 21, finding 5: with -Path the total is known, but the bar had PercentComplete -1 and SecondsRemaining -1.
Describe 'New-SgSale -Path shows a percent and the time left' {
    BeforeAll {
        Stop-TestMockServer
        $null = Start-TestMockServer
        # Slow answers, one at a time: the import lasts a few seconds, long enough for a rate to mean something.
        Invoke-MockControl faults -Method Post -Body @{ method = 'POST'; path = '/pos-sale'; kind = 'latency'; latency_ms = 250 } | Out-Null
        $csv = Join-Path $TestDrive 'sixteen.csv'
        $rows = foreach ($i in 1..16) { $row = Import-Csv $SalesCsv | Select-Object -First 1; $row.order_id = "P-$i"; $row }
        $rows | Export-Csv $csv -UseQuotes AsNeeded
        $ps = [powershell]::Create()
        $null = $ps.AddScript(@"
Import-Module '$ModuleManifest'
`$null = Connect-SgService -ApiKey (ConvertTo-SecureString 'sk_test_demo' -AsPlainText -Force) -BaseUri '$($SgTest.MockUri)' -SiteId 1
New-SgSale -Path '$csv' -JournalPath '$(Join-Path $TestDrive 'sixteen.jsonl')' -SkipCatalogueCheck -MaxConcurrency 1
"@)
        $results = @($ps.Invoke())
        $bars = @($ps.Streams.Progress | Where-Object { $_.RecordType -eq 'Processing' -and $_.StatusDescription -notmatch 'rate limit' })
        $ps.Dispose()
    }

    AfterAll { Invoke-MockControl faults -Method Delete | Out-Null }

    It 'sold the file' {
        @($results | Where-Object Status -eq Confirmed).Count | Should -Be 16
    }

    It 'every count has a percent of the file''s 16 rows, growing' {
        $bars.Count | Should -BeGreaterThan 2
        $bars | ForEach-Object { $_.PercentComplete | Should -BeIn (0..100) }
        $bars | ForEach-Object { $_.StatusDescription | Should -Match 'of 16 rows read' }
        $bars[-1].PercentComplete | Should -BeGreaterThan $bars[0].PercentComplete
    }

    It 'gives the seconds left once the rate is known' {
        @($bars | Where-Object SecondsRemaining -ge 0) | Should -Not -BeNullOrEmpty
    }
}
