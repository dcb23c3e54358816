# Ctrl+C (SIGINT) and SIGTERM sent to a real pwsh running New-SgSale -Path against the mock server
# with 1.5 s of latency per sale (issue 21, finding 4). What was sent is reported (as output, or
# counted in the stop message when PowerShell takes no more output), the requests in the air
# finish and are recorded, and the run's exit code is not 0.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions

    # Starts the import in a child pwsh -File and returns once its first result is out.
    function Start-SlowImport([string] $Name) {
        Reset-Mock
        $null = Invoke-MockControl faults -Method Post -Body @{ method = 'POST'; path = '/pos-sale'; kind = 'latency'; latency_ms = 1500 }
        $folder = Join-Path $TestDrive $Name
        $null = New-Item -ItemType Directory -Force $folder
        $first = Join-Path $folder 'first-result'
        $script = Join-Path $folder 'import.ps1'
        Set-Content -Path $script -Value @(
            "Import-Module '$ModuleManifest'"
            "`$null = Connect-SgService -ApiKey (ConvertTo-SecureString 'sk_test_demo' -AsPlainText -Force) -BaseUri '$($SgTest.MockUri)' -SiteId 1"
            'try {'
            "    New-SgSale -Path '$SalesCsv' -MaxConcurrency 2 -ErrorAction SilentlyContinue | ForEach-Object { 'result ' + `$_.OrderId + ' ' + `$_.Status; if (-not (Test-Path '$first')) { Set-Content '$first' x } }"
            '} finally { [Console]::Out.WriteLine(''finally ran'') }'
        )
        $pwsh = Get-PwshCommand
        $run = @{ Out = Join-Path $folder 'out.txt'; Err = Join-Path $folder 'err.txt' }
        $run.Process = Start-Process -FilePath $pwsh.File -ArgumentList (@($pwsh.Arguments) + @('-File', $script)) -RedirectStandardOutput $run.Out -RedirectStandardError $run.Err -PassThru
        # Waits for a condition (the first result), bounded; never for a fixed time.
        $deadline = [DateTime]::UtcNow.AddSeconds(90)
        while (-not (Test-Path $first) -and -not $run.Process.HasExited -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
        Test-Path $first | Should -BeTrue -Because 'the import printed its first result'
        $run
    }

    function Stop-SlowImport($Run, [string] $Signal) {
        & kill "-$Signal" $Run.Process.Id
        $Run.Process.WaitForExit(90000) | Should -BeTrue -Because 'pwsh ends after the requests in flight'
        $Run.ExitCode = $Run.Process.ExitCode
        $Run.Output = Get-Content -Raw $Run.Out
        $Run.Errors = Get-Content -Raw $Run.Err
        $null = Invoke-MockControl faults -Method Delete
        $null = Connect-TestSession -Name Demo
        $Run.Records = @(Get-SgJournalRecord -All)
        $Run.Sold = @(Get-MockOrders).Count
        $Run
    }
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'Ctrl+C and SIGTERM in a real pwsh during New-SgSale -Path (issue 21, finding 4)' {
    It 'Ctrl+C: every sale Smart Gift made is output or counted in the stop message, none is Unknown, finally runs, and pwsh exits 130' {
        $run = Stop-SlowImport (Start-SlowImport 'sigint') INT
        $run.ExitCode | Should -Be 130 -Because "$($run.Output)$($run.Errors)"
        $run.Output | Should -Match 'New-SgSale was stopped \(Ctrl\+C\): \d+ confirmed'
        $run.Output | Should -Match 'finally ran'
        $shown = @([regex]::Matches($run.Output, '(?m)^result S-\d+ Confirmed')).Count
        $after = if ($run.Output -match 'came after the stop and are not in the output \((\d+) of them confirmed\)') { [int]$Matches[1] } else { 0 }
        $run.Sold | Should -BeLessThan 19 -Because 'the stop ended the import early'
        ($shown + $after) | Should -Be $run.Sold -Because 'every sale Smart Gift made is reported'
        @($run.Records | Where-Object { "$($_.State)" -eq 'Confirmed' }).Count | Should -Be $run.Sold
        @($run.Records | Where-Object { "$($_.State)" -eq 'Unknown' }).Count | Should -Be 0
        $run.Output | Should -Not -Match 'result S-1015 Failed' -Because 'an order cut off by the stop is not sent, never judged on the rows read so far'
    }

    It 'SIGTERM: the requests in the air finish and are recorded, the stop is said, and pwsh exits 143' {
        $run = Stop-SlowImport (Start-SlowImport 'sigterm') TERM
        $run.ExitCode | Should -Be 143 -Because "$($run.Output)$($run.Errors)"
        $run.Output | Should -Match 'New-SgSale was stopped \(SIGTERM\): \d+ confirmed'
        $run.Errors | Should -Match 'SIGTERM: stopping after the requests in flight'
        $run.Sold | Should -BeGreaterThan 0
        $run.Sold | Should -BeLessThan 19 -Because 'the stop ended the import early'
        @([regex]::Matches($run.Output, '(?m)^result S-\d+ Confirmed')).Count | Should -Be $run.Sold -Because 'the pipeline was not stopped: every result was output'
        @($run.Records | Where-Object { "$($_.State)" -eq 'Confirmed' }).Count | Should -Be $run.Sold
        @($run.Records | Where-Object { "$($_.State)" -eq 'Unknown' }).Count | Should -Be 0 -Because 'no request was abandoned in the air'
    }
}
