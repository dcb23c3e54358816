# Every write happens once and is reported truthfully (issue 10; DESIGN 5, 6, 15, 16): stops,
# reruns, changed files and ambiguous redemptions, against the mock server in a real pwsh.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions
    $null = Connect-TestSession -Name Demo -Key 'sk_test_demo' -SiteId 1
    $SaleHeader = 'order_id,voucher_id,price,quantity,first_name,last_name,email,address1,postcode,town,county,delivery_method,delivery_price,payment_method_id,payment_amount'
    function New-SaleLine([string] $OrderId, [string] $VoucherId = '270', [string] $Price = '150.00', [string] $Payment = '150.50', [string] $FirstName = 'Ada') {
        "$OrderId,$VoucherId,$Price,1,$FirstName,Lovelace,ada@example.com,1 High Street,BA1 1AA,Bath,Somerset,12,0.50,11,$Payment"
    }
    function Add-MockFault([hashtable] $Fault) { $null = Invoke-MockControl faults -Method Post -Body $Fault }
    function Clear-MockFaults { $null = Invoke-MockControl faults -Method Delete }
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe '-ErrorAction Stop sends nothing after the failed record (finding 2)' {
    BeforeAll {
        $csv = Join-Path $TestDrive 'stop-redemptions.csv'
        $lines = @('reference,voucher_no,site_id,value', 'S-0,DEMO000004,1,5.00')
        1..5 | ForEach-Object { $lines += "S-$_,DEMO000001,1,1.00" }
        Set-Content -Path $csv -Value $lines
    }
    BeforeEach {
        Reset-Mock
        Clear-MockFaults
        $seeded = @(Get-MockRedemptions).Count
    }

    It 'redemptions (MaxConcurrency <Concurrency>): the expired voucher first, nothing redeemed after it' -ForEach @(
        @{ Concurrency = 4 }, @{ Concurrency = 1 }
    ) {
        $seen = [System.Collections.Generic.List[object]]::new()
        $journal = Join-Path $TestDrive "stop-$Concurrency.jsonl"
        { Import-Csv $csv | Invoke-SgRedeem -JournalPath $journal -MaxConcurrency $Concurrency -ErrorAction Stop | ForEach-Object { $seen.Add($_) } } | Should -Throw
        @(Get-MockRedemptions).Count | Should -Be $seeded
        $seen.Count | Should -Be 1
        $seen[0].Status | Should -Be 'Failed'
    }

    It 'sales under latency: every order made was shown, and none after the refused one' {
        Add-MockFault @{ method = 'POST'; path = '/pos-sale'; kind = 'latency'; latency_ms = 150 }
        $csv = Join-Path $TestDrive 'stop-sales.csv'
        $lines = @($SaleHeader)
        1..30 | ForEach-Object { $lines += New-SaleLine -OrderId "stop-$_" -VoucherId ($(if ($_ -eq 13) { '999999' } else { '270' })) }
        Set-Content -Path $csv -Value $lines
        $seen = [System.Collections.Generic.List[object]]::new()
        { Import-Csv $csv | New-SgSale -JournalPath (Join-Path $TestDrive 'stop-sales.jsonl') -ErrorAction Stop | ForEach-Object { $seen.Add($_) } } | Should -Throw
        $orders = @(Get-MockOrders)
        $orders.Count | Should -Be 12
        @($seen | Where-Object Status -eq 'Confirmed').Count | Should -Be $orders.Count
        $seen[-1].OrderId | Should -Be 'stop-13'
    }
}

Describe 'Bulk writes need no journal: the company ledger protects them; -NoLedger opts out (issue 18)' {
    BeforeEach {
        Reset-Mock
        $seeded = @(Get-MockRedemptions).Count
    }

    It 'redemption rows from the pipeline without -JournalPath are redeemed once, however often the file is run' {
        $first = @(Import-Csv $RedemptionsCsv | Invoke-SgRedeem -ErrorAction SilentlyContinue)
        $made = @(Get-MockRedemptions).Count - $seeded
        $rerun = @(Import-Csv $RedemptionsCsv | Invoke-SgRedeem -ErrorAction SilentlyContinue)
        @($first | Where-Object Status -eq 'Confirmed').Count | Should -BeGreaterThan 0
        @(Get-MockRedemptions).Count - $seeded | Should -Be $made
        @($rerun | Where-Object Status -eq 'Confirmed').Count | Should -Be 0
        @($rerun | Where-Object Status -eq 'Skipped').Count | Should -Be @($first | Where-Object Status -eq 'Confirmed').Count
    }

    It 'sale rows from the pipeline without -JournalPath are sold once, however often the file is run' {
        $null = Import-Csv $SalesCsv | New-SgSale -ErrorAction SilentlyContinue
        $rerun = @(Import-Csv $SalesCsv | New-SgSale -ErrorAction SilentlyContinue)
        @(Get-MockOrders).Count | Should -Be 19
        @($rerun | Where-Object Status -eq 'Skipped').Count | Should -Be 19
    }

    It 'runs them with -NoJournal, the explicit opt-out' {
        $results = Import-Csv $RedemptionsCsv | Invoke-SgRedeem -NoJournal -ErrorAction SilentlyContinue
        @($results | Where-Object Status -eq 'Confirmed').Count | Should -Be 4
    }

    It 'needs no journal for one write on the command line or one hold piped from Lock-SgVoucher' {
        (Invoke-SgRedeem DEMO000001 -Value 1.00).Status | Should -Be 'Confirmed'
        (Lock-SgVoucher DEMO000002 | Invoke-SgRedeem -Value 1.00).Status | Should -Be 'Confirmed'
        @(Get-MockRedemptions).Count | Should -Be ($seeded + 2)
    }
}

Describe 'An empty input is an error (finding 10)' {
    It 'writes an error record for <Command> fed by an empty CSV' -ForEach @(
        @{ Command = 'New-SgSale'; Header = 'order_id,voucher_id,price' }
        @{ Command = 'Invoke-SgRedeem'; Header = 'reference,voucher_no,site_id,value' }
    ) {
        $csv = Join-Path $TestDrive "empty-$Command.csv"
        Set-Content -Path $csv -Value $Header
        $null = Import-Csv $csv | & $Command -JournalPath (Join-Path $TestDrive "empty-$Command.jsonl") -ErrorAction SilentlyContinue -ErrorVariable failures
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be "NoInput,SmartGift.Commands.$($Command -replace '-', '')Command"
    }
}

Describe 'A redemption says what was sent and flags an answer that contradicts it (finding 1)' {
    BeforeEach { Reset-Mock }

    It 'money asked, two redemptions made (DEMO000006 is an experience voucher): a warning, and the result needs attention' {
        $result = Invoke-SgRedeem DEMO000006 5 -WarningVariable warned -WarningAction SilentlyContinue
        $result.Status | Should -Be 'Contradicted'
        $result.Value | Should -Be 5
        $result.RedemptionIds.Count | Should -Be 2
        $result.NeedsAttention | Should -BeTrue
        $result.Contradiction | Should -Match 'one redemption'
        $warned.Count | Should -Be 1
        "$($warned[0])" | Should -Match 'DEMO000006'
    }

    It 'a contradicted redemption has its own status, so filtering out Confirmed keeps it, in the results and the ledger (issue 21, finding 3)' {
        $results = @(
            Invoke-SgRedeem DEMO000001 1 -Reference 'ok-1'
            Invoke-SgRedeem DEMO000006 5 -Reference 'contra-1' -WarningAction SilentlyContinue
        )
        $needLook = @($results | Where-Object Status -ne Confirmed)
        $needLook.Count | Should -Be 1
        $needLook[0].Reference | Should -Be 'contra-1'
        $needLook[0].Status | Should -Be ([SmartGift.RecordStatus]::Contradicted)
        ($results | ConvertTo-Json | ConvertFrom-Json | Where-Object Reference -eq 'contra-1').Status | Should -Be 'Contradicted'
        $again = Invoke-SgRedeem DEMO000006 5 -Reference 'contra-1' -WarningAction SilentlyContinue
        $again.Status | Should -Be 'Contradicted'
        (Get-SgJournalRecord | Where-Object Key -eq 'contra-1').State | Should -Be 'Contradicted'
        $settled = Set-SgJournalRecord -Key 'contra-1' -Found -Confirm:$false
        $settled.State | Should -Be 'Confirmed'
        $settled.NeedsAttention | Should -BeFalse
        (Invoke-SgRedeem DEMO000006 5 -Reference 'contra-1' -WarningAction SilentlyContinue).Status | Should -Be 'Skipped'
    }

    It 'an experience asked of a monetary voucher states the value sent and what it means as money' {
        $result = Invoke-SgRedeem DEMO000002 -Experience Lunch -WarningAction SilentlyContinue
        $result.Value | Should -Be 2
        $result.Sent | Should -Match 'value 2'
        $result.Sent | Should -Match '2\.00'
    }

    It 'a matching answer needs no attention' {
        $result = Invoke-SgRedeem DEMO000006 -Experience 'Spa Access', 'Massage' -WarningVariable warned
        $result.NeedsAttention | Should -BeFalse
        $warned.Count | Should -Be 0
    }
}

Describe 'Unknowns are settled one by one in PowerShell (finding 11)' {
    BeforeAll {
        Reset-Mock
        Clear-MockFaults
        $csv = Join-Path $TestDrive 'settle.csv'
        Set-Content -Path $csv -Value @('reference,voucher_no,site_id,value', 'T-1,DEMO000001,1,1.00', 'T-2,DEMO000001,1,1.00', 'T-3,DEMO000001,1,1.00')
        $journal = Join-Path $TestDrive 'settle.jsonl'
        # Every answer is lost after Smart Gift made the redemption: three Unknowns, all in Smart Gift.
        Add-MockFault @{ method = 'POST'; path = '/redeem'; kind = 'drop_after'; count = 3 }
        $first = Import-Csv $csv | Invoke-SgRedeem -JournalPath $journal -MaxConcurrency 1 -ErrorAction SilentlyContinue
        Clear-MockFaults
    }

    It 'lists the Unknowns, settles two, and the rerun sends only the absent one' {
        @($first | Where-Object Status -eq 'Unknown').Count | Should -Be 3
        (Get-SgJournalRecord $journal).Key | Should -Be @('T-1', 'T-2', 'T-3')
        (Get-SgJournalRecord $journal | Where-Object Key -eq 'T-1' | Set-SgJournalRecord -Found).State | Should -Be 'Confirmed'
        (Set-SgJournalRecord T-2 -Absent).State | Should -Be 'Released'
        $before = @(Get-MockRedemptions).Count

        $rerun = Import-Csv $csv | Invoke-SgRedeem -JournalPath $journal -ErrorAction SilentlyContinue

        $rerun.Status | Should -Be @('Skipped', 'Confirmed', 'Unknown')
        @(Get-MockRedemptions).Count | Should -Be ($before + 1)
    }

    It 'refuses a key the ledger does not have, and settles nothing' {
        { Set-SgJournalRecord NOPE -JournalPath $journal -Found } | Should -Throw -ErrorId 'JournalRecordNotSettled,SmartGift.Commands.SetSgJournalRecordCommand'
    }
}
