# Two companies side by side (a group with a venue each): two sessions, each with its own key,
# catalogue, payment methods, default site and journal, used in turn with -Session. What one does
# never shows up in, or borrows from, the other. The mock server records which company (by key)
# made each order and redemption.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions
    $SaleHeader = $RequiredSaleHeader
    function New-Csv([string] $Name, [string[]] $Lines) {
        $path = Join-Path $TestDrive $Name
        Set-Content -Path $path -Value $Lines
        $path
    }
    function Connect-BothCompanies {
        Reset-Mock
        Remove-AllSessions
        $null = Connect-TestSession -Name Demo -Key 'sk_test_demo' -SiteId 1
        $null = Connect-TestSession -Name Sister -Key 'sk_test_sister' -SiteId 3
    }
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'Two companies read their own catalogue' {
    BeforeAll { Connect-BothCompanies }

    It 'each session lists its own vouchers and payment methods' {
        (Get-SgVoucher -Session Sister).Id | Should -Be '370'
        (Get-SgVoucher -Session Demo).Id | Should -Not -Contain '370'
        (Get-SgVoucher -Session Demo).Id | Should -Contain '270'
        (Get-SgPaymentMethod -Session Sister).Id | Should -Be '21'
        (Get-SgPaymentMethod -Session Demo).Id | Sort-Object | Should -Be @('11', '12')
    }

    It 'a -Force reload of one session''s catalogue leaves the other''s cache alone' {
        $before = @(Get-MockRequests | Where-Object path -eq '/vouchers')
        Get-SgVoucher -Session Sister -Force | Out-Null
        Get-SgVoucher -Session Demo | Out-Null
        $reads = @(Get-MockRequests | Where-Object path -eq '/vouchers' | Select-Object -Skip $before.Count)
        $reads.Count | Should -Be 1
        $reads[0].key | Should -Be 'sk_...ster'
    }

    It 'the default session stays the last connected, whatever -Session chose' {
        (Get-SgSession -Default).Name | Should -Be 'Sister'
    }
}

Describe 'Two companies sell side by side' {
    BeforeAll {
        Connect-BothCompanies
        $demoCsv = New-Csv 'demo.csv' @($SaleHeader, 'TWIN-1,270,150.00,Ada,Lovelace,ada@example.com,1 High Street,BA1 1AA,Bath,Somerset,12,0.50,11,150.50')
        $sisterCsv = New-Csv 'sister.csv' @($SaleHeader, 'TWIN-1,370,25.00,Ada,Lovelace,ada@example.com,1 High Street,BA1 1AA,Bath,Somerset,22,0.00,21,25.00')
        $demoJournal = Join-Path $TestDrive 'demo.jsonl'
        $sisterJournal = Join-Path $TestDrive 'sister.jsonl'
        $demo = Import-Csv $demoCsv | New-SgSale -Session Demo -JournalPath $demoJournal
        $sister = Import-Csv $sisterCsv | New-SgSale -Session Sister -JournalPath $sisterJournal
        $orders = @(Get-MockOrders)
    }

    It 'the same order id is one order in each company, not a renamed second order' {
        $demo.Status | Should -Be 'Confirmed'
        $sister.Status | Should -Be 'Confirmed'
        $orders.Count | Should -Be 2
        ($orders | Where-Object company -eq 'Demo Venue').order_id | Should -Be 'TWIN-1'
        ($orders | Where-Object company -eq 'Sister Venue').order_id | Should -Be 'TWIN-1'
        ($orders | Where-Object company -eq 'Demo Venue').voucher_numbers | Should -Match '^DEMO'
        ($orders | Where-Object company -eq 'Sister Venue').voucher_numbers | Should -Match '^SIST'
    }

    It 'each journal holds only its own company''s order, and reconciles against its own session' {
        (Get-SgJournalRecord $demoJournal -All -Session Demo).Amount | Should -Be 150.50
        (Get-SgJournalRecord $sisterJournal -All -Session Sister).Amount | Should -Be 25.00
        # A journal read against the other company's ledger is refused, never mixed in.
        { Get-SgJournalRecord $demoJournal -Session Sister } | Should -Throw '*was written beside the ledger*'
        (Import-Csv $sisterCsv | Compare-SgSale -Session Sister -JournalPath $sisterJournal).Status | Should -Be 'Confirmed'
        (Import-Csv $demoCsv | Compare-SgSale -Session Demo -JournalPath $demoJournal).Status | Should -Be 'Confirmed'
    }

    It 'a rerun of one company''s file with the other''s journal is refused: the journal is never read as this company''s' {
        { Import-Csv $sisterCsv | New-SgSale -Session Sister -JournalPath $demoJournal -WhatIf } | Should -Throw '*was written beside the ledger*'
        # Without that journal, the Sister ledger says the order was sold: skipped, never sold twice.
        (Import-Csv $sisterCsv | New-SgSale -Session Sister).Status | Should -Be 'Skipped'
        @(Get-MockOrders).Count | Should -Be 2
    }

    It 'each session''s catalogue check refuses the other company''s voucher before sending' {
        $wrong = Import-Csv $sisterCsv | ForEach-Object { $_.order_id = 'CROSS-1'; $_ } |
            New-SgSale -Session Demo -JournalPath (Join-Path $TestDrive 'cross.jsonl') -ErrorAction SilentlyContinue -ErrorVariable refused
        $wrong.Status | Should -Be 'Failed'
        $refused[0].FullyQualifiedErrorId | Should -Be 'Validation,SmartGift.Commands.NewSgSaleCommand'
        $refused[0].ErrorDetails.Message | Should -Match "voucher_id '370'"
        @(Get-MockOrders).Count | Should -Be 2
    }
}

Describe 'Two companies redeem side by side' {
    BeforeAll {
        Connect-BothCompanies
        $seeded = @(Get-MockRedemptions).Count
        # One till's list with both companies' vouchers: each row is redeemed with its company's session.
        $csv = New-Csv 'mixed.csv' @('company,voucher_no,value', 'Demo,DEMO000001,4.00', 'Sister,SIST000001,5.00', 'Demo,DEMO000002,6.00')
        $results = Import-Csv $csv | ForEach-Object { Invoke-SgRedeem $_.voucher_no -Value $_.value -Session $_.company }
        $made = @(Get-MockRedemptions | Select-Object -Skip $seeded)
    }

    It 'each row is redeemed by its own company, at that session''s default site' {
        ($results | ForEach-Object { "$($_.VoucherNumber):$($_.Status):$($_.SiteId)" }) | Should -Be @('DEMO000001:Confirmed:1', 'SIST000001:Confirmed:3', 'DEMO000002:Confirmed:1')
        ($made | ForEach-Object { "$($_.voucher_no):$($_.company):$($_.site_id):$($_.amount)" }) |
            Should -Be @('DEMO000001:Demo Venue:1:4', 'SIST000001:Sister Venue:3:5', 'DEMO000002:Demo Venue:1:6')
    }

    It 'a voucher of one company is refused by the other''s session, and a hold is its own company''s' {
        Invoke-SgRedeem SIST000001 -Value 1.00 -Session Demo -ErrorAction SilentlyContinue -ErrorVariable refused | Out-Null
        $refused[0].FullyQualifiedErrorId | Should -Be 'VoucherNotOwned,SmartGift.Commands.InvokeSgRedeemCommand'
        Lock-SgVoucher SIST000001 -Session Demo -ErrorAction SilentlyContinue -ErrorVariable notHeld | Should -BeNullOrEmpty
        $notHeld[0].FullyQualifiedErrorId | Should -Be 'VoucherNotOwned,SmartGift.Commands.LockSgVoucherCommand'
        $result = Lock-SgVoucher SIST000001 -Session Sister | Invoke-SgRedeem -Value 1.00 -Session Sister
        $result.Status | Should -Be 'Confirmed'
        (Get-MockRedemptions)[-1].company | Should -Be 'Sister Venue'
    }

    It 'disconnecting one company leaves the other working' {
        Disconnect-SgService -Name Demo
        (Invoke-SgRedeem SIST000001 -Value 1.00 -Session Sister).Status | Should -Be 'Confirmed'
        { Invoke-SgRedeem DEMO000001 -Value 1.00 -Session Demo } | Should -Throw -ErrorId 'ParameterArgumentTransformationError,SmartGift.Commands.InvokeSgRedeemCommand'
    }
}
