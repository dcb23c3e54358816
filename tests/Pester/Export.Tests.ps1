# Every output type exports cleanly: Export-Csv and ConvertTo-Json show values, never .NET type names,
# while the objects keep their typed properties for the pipeline.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions
    $session = Connect-TestSession -Name Demo
    $journal = Join-Path $TestDrive 'export.jsonl'
    $outputs = [ordered]@{
        Voucher               = @(Get-SgVoucher)
        PaymentMethod         = @(Get-SgPaymentMethod)
        Session               = @($session)
        OrderResult           = @(Import-Csv $SalesCsv | New-SgSale -JournalPath $journal -ErrorAction SilentlyContinue)
        ReconciliationRow     = @(Import-Csv $SalesCsv | Compare-SgSale -JournalPath $journal)
        ReconciliationSummary = @(Import-Csv $SalesCsv | Compare-SgSale -JournalPath $journal -Summary)
        VoucherHold           = @(Lock-SgVoucher DEMO000001)
        RedemptionResult      = @(Invoke-SgRedeem -VoucherNumber DEMO000006 -Experience 'Spa Access', 'Massage')
    }
    # A .NET type name as ToString() gives it: System.Collections.Generic.List`1[...], SmartGift.X, ...
    $typeName = '(System\.Collections|System\.Text\.Json|SmartGift\.[A-Z][a-z]\w*|`\d\[)'
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'Output that exports' {
    It '<_> objects were produced to export' -ForEach @('Voucher', 'PaymentMethod', 'Session', 'OrderResult', 'ReconciliationRow', 'ReconciliationSummary', 'VoucherHold', 'RedemptionResult') {
        $outputs[$_].Count | Should -BeGreaterThan 0
    }

    It 'Export-Csv of <_> writes values, not type names' -ForEach @('Voucher', 'PaymentMethod', 'Session', 'OrderResult', 'ReconciliationRow', 'ReconciliationSummary', 'VoucherHold', 'RedemptionResult') {
        $file = Join-Path $TestDrive "$_.csv"
        $outputs[$_] | Export-Csv -Path $file -NoTypeInformation
        $text = Get-Content $file -Raw
        $text | Should -Not -MatchExactly $typeName
        @(Import-Csv $file).Count | Should -Be $outputs[$_].Count
    }

    It 'ConvertTo-Json of <_> writes values, not type names' -ForEach @('Voucher', 'PaymentMethod', 'Session', 'OrderResult', 'ReconciliationRow', 'ReconciliationSummary', 'VoucherHold', 'RedemptionResult') {
        $json = $outputs[$_] | ConvertTo-Json -WarningAction SilentlyContinue
        $json | Should -Not -MatchExactly $typeName
        $null = $json | ConvertFrom-Json
    }

    It 'exports a voucher''s experiences as their names and keeps them typed in the pipeline' {
        $spa = $outputs.Voucher | Where-Object { $_.Experiences.Count -gt 1 } | Select-Object -First 1
        $spa.Experiences[0] | Should -BeOfType ([SmartGift.Experience])
        $row = $spa | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv
        $row.Experiences | Should -Be (($spa.Experiences | ForEach-Object Name) -join '; ')
    }

    It 'exports an order''s problems as their messages' {
        $failed = $outputs.OrderResult | Where-Object { $_.Problems.Count -gt 0 } | Select-Object -First 1
        $failed | Should -Not -BeNullOrEmpty
        ($failed | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv).Problems | Should -Match 'email'
    }
}
