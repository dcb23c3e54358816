# Issue 19, finding 1: one column table drives every form. A header is matched whatever its case,
# spaces, hyphens or underscores (docs/csv-format.md), piped from Import-Csv as read by -Path, and a
# header the table does not know is the same warning in every form. The CLI form is
# tests/SmartGift.Cli.Tests/ColumnTableTests.cs.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions
    $null = Connect-TestSession -Name Demo -SiteId 1
    function New-Csv([string] $Name, [string[]] $Lines) {
        $path = Join-Path $TestDrive $Name
        Set-Content -Path $path -Value $Lines
        $path
    }
    function New-SpelledSale([string] $OrderId) {
        New-Csv "$OrderId.csv" @(
            "$RequiredSaleHeader,Delivery Email,Delivery-Date,Colour"
            "$OrderId,271,50.00,Alys,Evans,alys@example.com,4 Mill Lane,CF10 1AA,Cardiff,South Glamorgan,12,0.50,11,50.50,sam@example.com,2030-12-24,red"
        )
    }
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'A sale file with the headers Delivery Email and Delivery-Date' {
    BeforeAll { Reset-Mock }

    It 'sends both from <Form>, and warns of the unknown Colour column in the words of a file' -ForEach @(
        @{ Form = 'Import-Csv | New-SgSale'; OrderId = 'SP-1' }
        @{ Form = 'New-SgSale -Path'; OrderId = 'SP-2' }
    ) {
        $csv = New-SpelledSale $OrderId
        $journal = Join-Path $TestDrive "$OrderId.jsonl"
        $result = if ($Form -eq 'New-SgSale -Path') { New-SgSale -Path $csv -JournalPath $journal -WarningVariable warned 3>$null }
        else { Import-Csv $csv | New-SgSale -JournalPath $journal -WarningVariable warned 3>$null }
        $result.Status | Should -Be 'Confirmed'
        $delivery = (Get-MockOrders | Where-Object requested_order_id -eq $OrderId).cart.delivery
        $delivery.delivery_email | Should -Be 'sam@example.com'
        $delivery.delivery_date | Should -Be '2030-12-24'
        @($warned | Where-Object { "$_" -like "*unknown column 'Colour' ignored" }).Count | Should -Be 1
    }
}

Describe 'A redemption file with the header Site ID' {
    BeforeAll { Reset-Mock }

    It 'Import-Csv | Invoke-SgRedeem redeems at the row''s site, not the session''s' {
        $csv = New-Csv 'site.csv' @('Reference,Voucher No,Site ID,Value,Colour', 'S-1,DEMO000001,2,1.25,red')
        $result = Import-Csv $csv | Invoke-SgRedeem -JournalPath (Join-Path $TestDrive 'site.jsonl') -WarningVariable warned 3>$null
        $result.SiteId | Should -Be '2'
        (Get-MockRedemptions)[-1].site_id | Should -Be '2'
        "$warned" | Should -Be "unknown column 'Colour' ignored"
    }

    It 'Import-Csv | Compare-SgRedemption reads the same row: the redemption just made is Confirmed' {
        $rows = @(Import-Csv (Join-Path $TestDrive 'site.csv') | Compare-SgRedemption -WarningVariable warned 3>$null)
        $rows.Count | Should -Be 1
        $rows[0].Status | Should -Be 'Confirmed'
        "$warned" | Should -Be "unknown column 'Colour' ignored"
    }

    It 'a column given on the command line wins over the row''s' {
        $csv = New-Csv 'site-override.csv' @('REFERENCE,Voucher_No,Site-ID,Value', 'S-2,DEMO000001,2,1.00')
        $result = Import-Csv $csv | Invoke-SgRedeem -SiteId 1 -JournalPath (Join-Path $TestDrive 'site-override.jsonl')
        $result.SiteId | Should -Be '1'
    }
}

Describe 'A catalogue voucher piped to Invoke-SgRedeem (issue 19, finding 4)' {
    BeforeAll { Reset-Mock }

    It 'is one clear error saying it is not an issued voucher number, never "row 2: voucher_no is required"' {
        $results = Get-SgVoucher 'Spa*' | Invoke-SgRedeem -Value 1 -WhatIf -ErrorVariable refused -ErrorAction SilentlyContinue
        $results | Should -BeNullOrEmpty
        $refused.Count | Should -Be 1
        $refused[0].FullyQualifiedErrorId | Should -Be 'CatalogueVoucherNotIssued,SmartGift.Commands.InvokeSgRedeemCommand'
        "$refused" | Should -BeLike "Voucher 280 'Spa Day for Two' is a catalogue voucher*not an issued voucher number*-CatalogueVoucherId 280*"
        "$refused" | Should -Not -BeLike '*row 2*'
    }
}
