BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions
    $null = Connect-TestSession -Name Demo
    $orderIds = @(Import-Csv $SalesCsv | ForEach-Object order_id | Select-Object -Unique)
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'New-SgSale' {
    Context 'Import-Csv sales.csv | New-SgSale -JournalPath' {
        BeforeAll {
            $journal = Join-Path $TestDrive 'sales.jsonl'
            $results = Import-Csv $SalesCsv | New-SgSale -JournalPath $journal -ErrorVariable failures -ErrorAction SilentlyContinue
        }

        It 'writes one OrderResult per order, in input order' {
            $results | ForEach-Object { $_ | Should -BeOfType ([SmartGift.OrderResult]) }
            $results.OrderId | Should -Be $orderIds
        }

        It 'confirms every valid order and creates it once' {
            $confirmed = @($results | Where-Object Status -eq 'Confirmed')
            $confirmed.Count | Should -Be ($orderIds.Count - 1)
            @(Get-MockOrders).Count | Should -Be $confirmed.Count
            $confirmed | ForEach-Object { $_.SmartGiftOrderId | Should -Not -BeNullOrEmpty }
        }

        It 'fails the order with the invalid row as an error record naming the row and field' {
            $failed = @($results | Where-Object Status -eq 'Failed')
            $failed.OrderId | Should -Be 'S-1013'
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -Be 'Validation,SmartGift.Commands.NewSgSaleCommand'
            $failures[0].CategoryInfo.Category | Should -Be 'InvalidData'
            $failures[0].ErrorDetails.Message | Should -Match 'S-1013'
            $failures[0].ErrorDetails.Message | Should -Match 'email'
            $failures[0].TargetObject.order_id | Should -Be 'S-1013'
        }

        It 'sends nothing when run again with the same journal' {
            $ordersBefore = @(Get-MockOrders).Count
            $postsBefore = Get-SalePostCount
            $again = Import-Csv $SalesCsv | New-SgSale -JournalPath $journal -ErrorAction SilentlyContinue
            @(Get-MockOrders).Count | Should -Be $ordersBefore
            Get-SalePostCount | Should -Be $postsBefore
            $again.OrderId | Should -Be $orderIds
            # Confirmed in the journal: skipped this run, with the order id Smart Gift gave it.
            $skipped = @($again | Where-Object Status -eq 'Skipped')
            $skipped.Count | Should -Be ($orderIds.Count - 1)
            $skipped | ForEach-Object { $_.SmartGiftOrderId | Should -Not -BeNullOrEmpty }
        }
    }

    It '-WhatIf validates every row and sends nothing' {
        $postsBefore = Get-SalePostCount
        $results = Import-Csv $SalesCsv | New-SgSale -JournalPath (Join-Path $TestDrive 'whatif.jsonl') -WhatIf -ErrorAction SilentlyContinue -ErrorVariable failures
        Get-SalePostCount | Should -Be $postsBefore
        @($results | Where-Object Status -eq 'Confirmed') | Should -BeNullOrEmpty
        @($results | Where-Object Status -eq 'Skipped').Count | Should -Be ($orderIds.Count - 1)
        $failures[0].FullyQualifiedErrorId | Should -Be 'Validation,SmartGift.Commands.NewSgSaleCommand'
    }

    It 'sells one voucher given on the command line' {
        $result = New-SgSale -OrderId CLI-1 -VoucherId 271 -Price 50.00 -Quantity 1 -FirstName Ada -LastName Lovelace -Email ada@example.com `
            -Address1 '1 Analytical Row' -Postcode 'SW1A 1AA' -Town London -County 'Greater London' -DeliveryMethod 12 -DeliveryPrice 0.50 -DeliveryEmail ada@example.com `
            -PaymentMethodId 11 -PaymentAmount 50.50 -JournalPath (Join-Path $TestDrive 'cli.jsonl')
        $result.Status | Should -Be 'Confirmed'
        $result.Total | Should -Be 50.50
    }

    It 'binds the PascalCase names as well as the CSV names' {
        $row = [pscustomobject]@{ OrderId = 'PC-1'; VoucherId = '270'; Price = '150.00'; FirstName = 'Ada'; LastName = 'Lovelace'; Email = 'ada@example.com'
            Address1 = '1 Analytical Row'; Postcode = 'SW1A 1AA'; Town = 'London'; County = 'Greater London'; DeliveryMethod = '12'; DeliveryPrice = '0.50'; PaymentMethodId = '11'; PaymentAmount = '150.50' }
        ($row | New-SgSale -JournalPath (Join-Path $TestDrive 'pascal.jsonl')).Status | Should -Be 'Confirmed'
    }
}

Describe 'Compare-SgSale' {
    BeforeAll {
        # Its own journal: Pester 5 clears TestDrive at the end of every Describe.
        Reset-Mock
        $journal = Join-Path $TestDrive 'compare.jsonl'
        $null = Import-Csv $SalesCsv | New-SgSale -JournalPath $journal -ErrorAction SilentlyContinue
    }

    It 'reports every order of the source against the journal' {
        $rows = Import-Csv $SalesCsv | Compare-SgSale -JournalPath $journal -InformationVariable summaryLine
        $rows | ForEach-Object { $_ | Should -BeOfType ([SmartGift.ReconciliationRow]) }
        $rows.OrderId | Should -Be $orderIds
        @($rows | Where-Object Status -eq 'Confirmed').Count | Should -Be ($orderIds.Count - 1)
        ($rows | Where-Object OrderId -eq 'S-1013').Status | Should -BeIn @('Failed', 'NotSent')
        "$summaryLine" | Should -Match 'confirmed'
    }

    It '-Summary outputs only the summary, which needs attention when an order failed' {
        $summary = Import-Csv $SalesCsv | Compare-SgSale -JournalPath $journal -Summary
        $summary | Should -BeOfType ([SmartGift.ReconciliationSummary])
        $summary.Confirmed | Should -Be ($orderIds.Count - 1)
        $summary.NeedsAttention | Should -BeTrue
    }

    It 'reports every order as NotSent against a journal that does not exist, without a session' {
        Remove-AllSessions
        try {
            $rows = Import-Csv $SalesCsv | Compare-SgSale -JournalPath (Join-Path $TestDrive 'never.jsonl')
            # The invalid row is Failed (refused before sending), as the import says it (issue 18, finding 4).
            $rows.Status | Sort-Object -Unique | Should -Be @('Failed', 'NotSent')
        }
        finally {
            $null = Connect-TestSession -Name Demo
        }
    }
}
