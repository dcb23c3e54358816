# Reconciliation of both kinds (issue 20): Compare-SgRedemption, and Compare-SgSale -Path (finding 7),
# against the company's ledger, in the import's words. Against the mock server, in a real pwsh.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions
    $null = Connect-TestSession -Name Sister -Key 'sk_test_sister' -SiteId 3
    $null = Connect-TestSession -Name Demo -Key 'sk_test_demo' -SiteId 1
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'Compare-SgRedemption' {
    BeforeEach { Reset-Mock }

    It 'reads the file itself (-Path): each redemption with its line and the import''s status' {
        $csv = Join-Path $TestDrive 'redeemed.csv'
        Set-Content $csv 'reference,voucher_no,site_id,value', 'PR-1,DEMO000001,1,5.00', 'PR-2,DEMO000001,1,5.00', 'PR-3,DEMO000001,1,abc'
        $null = Import-Csv $csv | Select-Object -First 1 | Invoke-SgRedeem

        $rows = @(Compare-SgRedemption -Path $csv -InformationVariable line)

        $rows | ForEach-Object { $_ | Should -BeOfType ([SmartGift.RedemptionReconciliationRow]) }
        $rows.Reference | Should -Be 'PR-1', 'PR-2', 'PR-3'
        $rows.Status | Should -Be 'Confirmed', 'NotSent', 'Failed'
        $rows.Line | Should -Be 'line 2', 'line 3', 'line 4'
        $rows[0].Amount | Should -Be 5.00
        @($rows | Where-Object NeedsAttention).Count | Should -Be 2
        "$line" | Should -Match '1 confirmed, 1 failed'
    }

    It 'takes Import-Csv rows by column name, rows without a reference found under the import''s journal' {
        $csv = Join-Path $TestDrive 'rowkeys.csv'
        Set-Content $csv 'voucher_no,site_id,value,experiences,catalogue_voucher_id', 'DEMO000001,1,5.00,,', 'DEMO000006,1,,Spa Access;Massage,'
        $journal = Join-Path $TestDrive 'rowkeys.jsonl'
        $null = Import-Csv $csv | Invoke-SgRedeem -JournalPath $journal -WarningAction SilentlyContinue

        $rows = @(Import-Csv $csv | Compare-SgRedemption -JournalPath $journal)

        $rows.Count | Should -Be 2
        $rows.Status | Should -Be 'Confirmed', 'Confirmed'
        $rows | ForEach-Object { $_.Reference | Should -BeLike 'row:*' }
        $rows.Line | Should -Be 'row 2', 'row 3'
    }

    It 'takes one redemption by parameters, in the session named (-Session), and -Summary outputs only the summary' {
        $null = Invoke-SgRedeem -Reference 'PS-1' -VoucherNumber DEMO000001 -SiteId 1 -Value 2.00

        $mine = Compare-SgRedemption -Reference 'PS-1' -VoucherNumber DEMO000001 -SiteId 1 -Value 2.00 -Session Demo
        $summary = Compare-SgRedemption -Reference 'PS-2' -VoucherNumber DEMO000001 -Value 2.00 -Summary
        $sister = Compare-SgRedemption -Reference 'PS-1' -VoucherNumber DEMO000001 -SiteId 1 -Value 2.00 -Session Sister

        $mine.Status | Should -Be 'Confirmed'
        $summary | Should -BeOfType ([SmartGift.ReconciliationSummary])
        $summary.NotSent | Should -Be 1
        $summary.NeedsAttention | Should -BeTrue
        # The other company's ledger never saw it.
        $sister.Status | Should -Be 'NotSent'
    }
}

Describe 'Compare-SgSale -Path (finding 7)' {
    BeforeAll {
        Reset-Mock
        $journal = Join-Path $TestDrive 'path.jsonl'
        $null = New-SgSale -Path $SalesCsv -JournalPath $journal -ErrorAction SilentlyContinue
    }

    It 'reads the file itself and tells what Import-Csv | Compare-SgSale tells, with each order''s line' {
        $byPath = @(Compare-SgSale -Path $SalesCsv -JournalPath $journal)
        $piped = @(Import-Csv $SalesCsv | Compare-SgSale -JournalPath $journal)

        $byPath.OrderId | Should -Be $piped.OrderId
        $byPath.Status | Should -Be $piped.Status
        $byPath[0].Line | Should -Match '^lines? 2'
        ($byPath | Where-Object OrderId -eq 'S-1013').Status | Should -Be 'Failed'
    }

    It 'a path that matches no file ends the command before anything is read' {
        { Compare-SgSale -Path (Join-Path $TestDrive 'none.csv') -ErrorAction Stop } | Should -Throw -ErrorId 'FileNotFound,SmartGift.Commands.CompareSgSaleCommand'
    }
}

Describe 'The report from PowerShell (-ReportPath)' {
    BeforeEach { Reset-Mock }

    It 'Compare-SgSale -ReportPath writes the page with every order needing a person and says where' {
        $null = New-SgSale -Path $SalesCsv -ErrorAction SilentlyContinue
        $report = Join-Path $TestDrive 'sales-report.html'

        $rows = @(Compare-SgSale -Path $SalesCsv -ReportPath $report -InformationVariable info)

        Test-Path $report | Should -BeTrue
        $html = Get-Content $report -Raw
        "$($info | Where-Object { $_.Tags -contains 'Report' })" | Should -BeLike "*report $report"
        foreach ($row in $rows | Where-Object Status -in 'Failed', 'NotSent', 'Unknown', 'Conflict') {
            $html | Should -Match ([regex]::Escape("data-key=""$($row.OrderId)"""))
        }
        $html | Should -Match 'New-SgSale -Path|smartgift journal settle'
        $html | Should -Not -Match '<script'
    }

    It 'Compare-SgRedemption -ReportPath writes the redemptions page, rows from the pipeline too' {
        $report = Join-Path $TestDrive 'redemptions-report.html'

        $null = Import-Csv $RedemptionsCsv | Compare-SgRedemption -ReportPath $report -WarningAction SilentlyContinue

        $html = Get-Content $report -Raw
        foreach ($reference in 'R-0001', 'R-0002', 'R-0005') { $html | Should -Match "data-key=""$reference""" }
        $html | Should -Match '<svg id="chart"'
    }
}
