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

    It 'ConvertTo-Json and Export-Csv of <Type> write <Property> as a word, and Where-Object still compares it (issue 21, finding 1)' -ForEach @(
        @{ Type = 'OrderResult'; Property = 'Status' }
        @{ Type = 'RedemptionResult'; Property = 'Status' }
        @{ Type = 'ReconciliationRow'; Property = 'Status' }
        @{ Type = 'Voucher'; Property = 'Type' }
        @{ Type = 'Voucher'; Property = 'Status' }
    ) {
        $objects = $outputs[$Type]
        $fromJson = @($objects | ConvertTo-Json -Depth 4 -WarningAction SilentlyContinue | ConvertFrom-Json)
        $fromCsv = @($objects | ConvertTo-Csv -NoTypeInformation | ConvertFrom-Csv)
        for ($i = 0; $i -lt $objects.Count; $i++) {
            $word = $objects[$i].$Property.ToString()
            $word | Should -Match '^[A-Z][A-Za-z]+$'
            $fromJson[$i].$Property | Should -BeOfType ([string])
            $fromJson[$i].$Property | Should -BeExactly $word
            $fromCsv[$i].$Property | Should -BeExactly $word
        }
        $first = $objects[0].$Property.ToString()
        @($objects | Where-Object $Property -eq $first).Count | Should -BeGreaterThan 0
        @($objects | Where-Object $Property -eq $first | Where-Object $Property -ne $first).Count | Should -Be 0
    }

    It 'an error kind in ConvertTo-Json is a word too' {
        $failed = $outputs.OrderResult | Where-Object Error | Select-Object -First 1
        ($failed | ConvertTo-Json -Depth 4 | ConvertFrom-Json).Error.Kind | Should -BeExactly $failed.Error.Kind.ToString()
    }

    It 'Export-Csv, ConvertTo-Json and the default view of <_> leave out the customers'' details, which stay reachable by a method (issue 21, finding 2)' -ForEach @('OrderResult', 'RedemptionResult') {
        $objects = $outputs[$_]
        $csv = ($objects | ConvertTo-Csv -NoTypeInformation) -join "`n"
        $json = $objects | ConvertTo-Json -Depth 6 -WarningAction SilentlyContinue
        $shown = $objects | Format-List * | Out-String -Width 300
        # The customers of the sample file, as their addresses (no refusal quotes an address).
        $addresses = @(Import-Csv $SalesCsv | ForEach-Object address1 | Where-Object { $_ } | Sort-Object -Unique)
        $addresses.Count | Should -BeGreaterThan 3
        foreach ($text in $csv, $json, $shown) {
            $text | Should -Not -Match 'SourceRow'
            foreach ($address in $addresses) { $text | Should -Not -Match ([regex]::Escape($address)) }
        }
        if ($_ -eq 'OrderResult') {
            $rows = $objects[0].GetSourceRows()
            $rows.Count | Should -BeGreaterThan 0
            $rows[0].email | Should -Not -BeNullOrEmpty
        }
        else {
            $objects[0].GetSourceRow() | Should -Not -BeNullOrEmpty
        }
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
