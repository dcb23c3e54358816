# The company's ledger (issue 18; DESIGN 6, 17): whatever the journal, form, host or runspace, an
# order is sold once, and every view tells the same truth. Against the mock server, in a real pwsh.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions
    $null = Connect-TestSession -Name Demo -Key 'sk_test_demo' -SiteId 1
    function New-SaleCsv([string] $Name, [string[]] $Ids, [string] $VoucherId = '270') {
        $path = Join-Path $TestDrive $Name
        $lines = @($RequiredSaleHeader)
        foreach ($id in $Ids) { $lines += "$id,$VoucherId,150.00,Ada,Lovelace,ada@example.com,1 High Street,BA1 1AA,Bath,Somerset,12,0.50,11,150.50" }
        Set-Content -Path $path -Value $lines
        $path
    }
    function Add-MockFault([hashtable] $Fault) { $null = Invoke-MockControl faults -Method Post -Body $Fault }
    function Clear-MockFaults { $null = Invoke-MockControl faults -Method Delete }
    $Cli = Get-BuiltAssembly 'src/SmartGift.Cli/SmartGift.Cli.csproj' 'SMARTGIFT_TEST_CLI'
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'One ledger, whatever the journal, form or host (finding 1)' {
    BeforeEach { Reset-Mock; Clear-MockFaults }

    It 'a file sold by the CLI is skipped by New-SgSale in both forms, with and without a journal' {
        $csv = New-SaleCsv 'hosts.csv' 'H-1', 'H-2', 'H-3'
        $env:SMARTGIFT_API_KEY = 'sk_test_demo'
        try { & dotnet $Cli sale import $csv --journal (Join-Path $TestDrive 'cli.jsonl') --base-url $SgTest.MockUri.ToString() -q | Out-Null }
        finally { Remove-Item Env:SMARTGIFT_API_KEY }
        $LASTEXITCODE | Should -Be 0

        $piped = @(Import-Csv $csv | New-SgSale -JournalPath (Join-Path $TestDrive 'ps.jsonl'))
        $byPath = @(New-SgSale -Path $csv)

        @($piped + $byPath | Where-Object Status -ne 'Skipped').Count | Should -Be 0
        $byPath[0].Detail | Should -BeLike "confirmed as * (from $csv, line 2)"
        @(Get-MockOrders).Count | Should -Be 3
    }
}

Describe 'Runspaces and threads of one process share the ledger safely (finding 3)' {
    BeforeEach { Reset-Mock; Clear-MockFaults }

    It 'two thread jobs on one journal and a link to it, while the main runspace reads the journal, sell each order once' {
        Add-MockFault @{ method = 'POST'; path = '/pos-sale'; kind = 'latency'; latency_ms = 150 }
        $ids = 1..16 | ForEach-Object { "TJ-$_" }
        $csv = New-SaleCsv 'threads.csv' $ids
        $journal = Join-Path $TestDrive 'threads.jsonl'
        $link = Join-Path $TestDrive 'threads-link.jsonl'
        $null = New-Item -ItemType SymbolicLink -Path $link -Target $journal
        $sell = {
            param($Manifest, $Uri, $Csv, $Journal, $Key)
            Import-Module $Manifest
            $null = Connect-SgService -ApiKey (ConvertTo-SecureString $Key -AsPlainText -Force) -BaseUri $Uri -SiteId 1
            New-SgSale -Path $Csv -JournalPath $Journal -ErrorAction SilentlyContinue
        }
        $jobs = @($journal, $link) | ForEach-Object { Start-ThreadJob -ScriptBlock $sell -ArgumentList $ModuleManifest, $SgTest.MockUri, $csv, $_, 'sk_test_demo' }
        while (@($jobs | Where-Object State -eq 'Running').Count -gt 0) {
            # What finding 3 did: reading the journal in this runspace while the imports run.
            $null = Get-SgJournalRecord -JournalPath $journal -All -ErrorAction Ignore -WarningAction Ignore
            Start-Sleep -Milliseconds 50
        }
        $results = @($jobs | Receive-Job -Wait -AutoRemoveJob -ErrorAction Ignore)

        @(Get-MockOrders).Count | Should -Be $ids.Count
        @($results | Where-Object Status -eq 'Confirmed').Count | Should -Be $ids.Count
    }
}

Describe 'Holds, outages and settling: every record reported, every time (findings 7, 10, 11)' {
    BeforeEach { Reset-Mock; Clear-MockFaults }

    It 'a hold pipeline of two vouchers redeems both: no journal is needed any more' {
        $before = @(Get-MockRedemptions).Count
        $results = @(Lock-SgVoucher DEMO000001, DEMO000002 | Invoke-SgRedeem -Value 5)
        $results.Status | Should -Be @('Confirmed', 'Confirmed')
        @(Get-MockRedemptions).Count - $before | Should -Be 2
    }

    It 'during an outage every result that is not Confirmed or Skipped has its error record' {
        Add-MockFault @{ method = 'POST'; path = '/pos-sale'; kind = 'fail_before'; status = 503 }
        $csv = New-SaleCsv 'outage.csv' (1..12 | ForEach-Object { "OUT-$_" })
        $results = @(New-SgSale -Path $csv -ErrorAction SilentlyContinue -ErrorVariable failures -WarningAction SilentlyContinue)
        $notFine = @($results | Where-Object { $_.Status -notin 'Confirmed', 'Skipped' })
        $notFine.Count | Should -Be 12
        $failures.Count | Should -Be $notFine.Count
    }

    It 'Set-SgJournalRecord checks every key before it changes any, and supports -WhatIf' {
        $csv = New-SaleCsv 'refused.csv' 'R-1', 'R-2' -VoucherId '999999'
        $null = New-SgSale -Path $csv -SkipCatalogueCheck -ErrorAction SilentlyContinue
        { Set-SgJournalRecord -Key R-1, NOPE, R-2 -Drop -ErrorAction Stop } | Should -Throw '*Nothing was settled*NOPE*'
        @(Get-SgJournalRecord | Where-Object Key -like 'R-*').State | Should -Be @('Failed', 'Failed')
        Set-SgJournalRecord -Key R-1 -Drop -WhatIf | Should -BeNullOrEmpty
        @(Get-SgJournalRecord | Where-Object Key -like 'R-*').Count | Should -Be 2
        (Set-SgJournalRecord -Key R-1, R-2 -Drop -Confirm:$false).State | Should -Be @('Settled', 'Settled')
        @(Get-SgJournalRecord).Count | Should -Be 0
    }
}

Describe 'The ledger''s place: -Company and -LedgerPath' {
    BeforeEach { Reset-Mock; Clear-MockFaults }

    It 'Connect-SgService -LedgerPath keeps the company''s memory in the file named, and the record cmdlets read it there' {
        $ledger = Join-Path $TestDrive 'elsewhere.ledger.db'
        $null = Connect-SgService -Name Elsewhere -ApiKey (ConvertTo-TestKey 'sk_test_demo') -BaseUri $SgTest.MockUri -SiteId 1 -LedgerPath $ledger
        try {
            $csv = New-SaleCsv 'elsewhere.csv' 'EL-1'
            (New-SgSale -Path $csv -Session Elsewhere).Status | Should -Be 'Confirmed'
            Test-Path $ledger | Should -BeTrue
            (Get-SgJournalRecord -All -LedgerPath $ledger).Key | Should -Be 'EL-1'
            (New-SgSale -Path $csv -Session Elsewhere).Status | Should -Be 'Skipped'
        }
        finally {
            Disconnect-SgService -Name Elsewhere
        }
    }

    It 'a company name unfit for a file name is refused when connecting' {
        { Connect-SgService -Name Bad -ApiKey (ConvertTo-TestKey 'sk_test_demo') -BaseUri $SgTest.MockUri -Company '../x' } | Should -Throw -ErrorId 'InvalidConnection,SmartGift.Commands.ConnectSgServiceCommand'
    }

    It 'a single redemption by hand is its own write every time; rows without a reference need a reference or a journal' {
        (Invoke-SgRedeem DEMO000002 -Value 1.00).Status | Should -Be 'Confirmed'
        (Invoke-SgRedeem DEMO000002 -Value 1.00).Status | Should -Be 'Confirmed'
        $csv = Join-Path $TestDrive 'no-reference.csv'
        Set-Content $csv 'voucher_no,site_id,value', 'DEMO000002,1,1.00'
        $refused = Import-Csv $csv | Invoke-SgRedeem -ErrorAction SilentlyContinue -ErrorVariable failures
        $refused.Status | Should -Be 'Failed'
        $failures[0].Exception.Message | Should -BeLike '*without a reference needs a journal*'
        (Import-Csv $csv | Invoke-SgRedeem -JournalPath (Join-Path $TestDrive 'no-reference.jsonl')).Status | Should -Be 'Confirmed'
        (Import-Csv $csv | Invoke-SgRedeem -JournalPath (Join-Path $TestDrive 'no-reference.jsonl')).Status | Should -Be 'Skipped'
    }
}
