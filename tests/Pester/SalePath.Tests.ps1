# New-SgSale -Path: the sale CSV read by SmartGift itself. The same orders, checks, journal and
# results as Import-Csv | New-SgSale; problems name the file's lines; the file is refused as a
# whole, before anything is sent, when it cannot be read as the author wrote it.
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

Describe 'New-SgSale -Path' {
    Context '-WhatIf over sales.csv' {
        BeforeAll {
            Reset-Mock
            $journal = Join-Path $TestDrive 'whatif.jsonl'
            $results = New-SgSale -Path $SalesCsv -JournalPath $journal -WhatIf -ErrorVariable failures -ErrorAction SilentlyContinue
            $piped = Import-Csv $SalesCsv | New-SgSale -JournalPath $journal -WhatIf -ErrorAction SilentlyContinue
        }

        It 'gives the same results as Import-Csv | New-SgSale -WhatIf, one per order in file order' {
            $results.OrderId | Should -Be $orderIds
            $results.Status | Should -Be $piped.Status
            $results.Total | Should -Be $piped.Total
        }

        It 'sends nothing and writes no journal' {
            Get-SalePostCount | Should -Be 0
            Test-Path $journal | Should -BeFalse
        }

        It 'names the bad order''s file line and column, with the file''s row as TargetObject' {
            $failures.Count | Should -Be 1
            $failures[0].FullyQualifiedErrorId | Should -Be 'Validation,SmartGift.Commands.NewSgSaleCommand'
            $line = (Select-String -Path $SalesCsv -Pattern '^S-1013,').LineNumber
            $failures[0].ErrorDetails.Message | Should -BeLike "Order S-1013 was not sent: line $line`: email *"
            $failures[0].TargetObject.LineNumber | Should -Be $line
            $failures[0].TargetObject.OrderId | Should -Be 'S-1013'
        }

        It 'exports no source rows (customers'' details), which read as their lines where asked for' {
            $first = $results | Select-Object -First 1
            $csv = $first | ConvertTo-Csv
            $csv -join "`n" | Should -Not -Match 'SourceRows|SmartGift\.SaleRow|line 2'
            "$($first.GetSourceRows()[0])" | Should -Be 'line 2 (order S-1001)'
        }
    }

    Context 'sending' {
        BeforeAll {
            Reset-Mock
            $journal = Join-Path $TestDrive 'sales.jsonl'
            Push-Location (Split-Path $SalesCsv)
            try {
                # A relative path is read from PowerShell's current location, like Import-Csv.
                $results = New-SgSale sales.csv -JournalPath $journal -ErrorAction SilentlyContinue
            }
            finally { Pop-Location }
        }

        It 'sells every valid order once and fails the bad one' {
            @($results | Where-Object Status -eq 'Confirmed').Count | Should -Be ($orderIds.Count - 1)
            @(Get-MockOrders).Count | Should -Be ($orderIds.Count - 1)
            ($results | Where-Object Status -eq 'Failed').OrderId | Should -Be 'S-1013'
        }

        It 'sends nothing when run again with the same journal, the pipeline form included' {
            $posts = Get-SalePostCount
            $again = New-SgSale -Path $SalesCsv -JournalPath $journal -ErrorAction SilentlyContinue
            $piped = Import-Csv $SalesCsv | New-SgSale -JournalPath $journal -ErrorAction SilentlyContinue
            Get-SalePostCount | Should -Be $posts
            @($again | Where-Object Status -eq 'Skipped').Count | Should -Be ($orderIds.Count - 1)
            @($piped | Where-Object Status -eq 'Skipped').Count | Should -Be ($orderIds.Count - 1)
        }
    }

    Context 'a file read as its author wrote it' {
        BeforeAll {
            Reset-Mock
            $semicolon = Join-Path $TestDrive 'semicolon.csv'
            Import-Csv $SalesCsv | Where-Object order_id -in $orderIds[0..2] | Export-Csv $semicolon -Delimiter ';' -UseQuotes AsNeeded
            $ansi = Join-Path $TestDrive 'ansi.csv'
            $row = 'W-1,271,50.00,Zoë,Brontë,zoe@example.com,1 High Street,BA1 1AA,Bath,Somerset,12,0.50,11,50.50'
            [IO.File]::WriteAllLines($ansi, @($RequiredSaleHeader, $row), [Text.Encoding]::GetEncoding(1252))
        }

        It '-Delimiter reads a file separated by semicolons' {
            $results = New-SgSale -Path $semicolon -Delimiter ';' -JournalPath (Join-Path $TestDrive 'semi.jsonl') -WhatIf
            $results.OrderId | Should -Be @($orderIds[0..2])
        }

        It 'refuses a semicolon file read with commas, before sending, and says to add -Delimiter' {
            { New-SgSale -Path $semicolon -JournalPath (Join-Path $TestDrive 'semi2.jsonl') } | Should -Throw -ErrorId 'CsvUnreadable,SmartGift.Commands.NewSgSaleCommand'
            $Error[0].ErrorDetails.RecommendedAction | Should -Be "To read it so, add -Delimiter ';'."
            Get-SalePostCount | Should -Be 0
        }

        It 'refuses a journal given as -Path in one error that says where a journal goes' {
            $journal = Join-Path $TestDrive 'given-as-path.jsonl'
            Set-Content -Path $journal -Value '{"format":"smartgift-journal","version":1,"kind":"sale"}'
            { New-SgSale -Path $journal -JournalPath (Join-Path $TestDrive 'j.jsonl') } | Should -Throw -ErrorId 'CsvUnreadable,SmartGift.Commands.NewSgSaleCommand'
            $Error[0].Exception.Message | Should -Match 'is a SmartGift journal, not a CSV file'
            $Error[0].ErrorDetails.RecommendedAction | Should -Match '-JournalPath'
            Get-SalePostCount | Should -Be 0
        }

        It 'refuses a Windows-1252 file unless -Encoding windows-1252 is given, then reads its accents' {
            { New-SgSale -Path $ansi -JournalPath (Join-Path $TestDrive 'ansi.jsonl') } | Should -Throw -ErrorId 'CsvUnreadable,SmartGift.Commands.NewSgSaleCommand'
            $Error[0].ErrorDetails.RecommendedAction | Should -Match '-Encoding windows-1252'
            Get-SalePostCount | Should -Be 0
            $sold = New-SgSale -Path $ansi -Encoding windows-1252 -JournalPath (Join-Path $TestDrive 'ansi.jsonl')
            $sold.Status | Should -Be 'Confirmed'
            (Get-MockOrders | Where-Object requested_order_id -eq 'W-1').cart.customer.first_name | Should -Be 'Zoë'
        }
    }

    Context 'refused before anything is read or sent' {
        BeforeAll { Reset-Mock }

        It 'needs no journal: the ledger keeps a rerun from selling twice (issue 18)' {
            $first = @(New-SgSale -Path $SalesCsv -ErrorAction SilentlyContinue)
            $rerun = @(New-SgSale -Path $SalesCsv -ErrorAction SilentlyContinue)
            @($first | Where-Object Status -eq 'Confirmed').Count | Should -Be 19
            @($rerun | Where-Object Status -eq 'Skipped').Count | Should -Be 19
            @(Get-MockOrders).Count | Should -Be 19
            Reset-Mock
        }

        It 'a missing file: ObjectNotFound, naming the path' {
            { New-SgSale -Path (Join-Path $TestDrive 'nope.csv') -JournalPath (Join-Path $TestDrive 'n.jsonl') } | Should -Throw -ErrorId 'FileNotFound,SmartGift.Commands.NewSgSaleCommand'
            $Error[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $Error[0].ErrorDetails.Message | Should -Match 'nope\.csv'
        }

        It 'a wildcard matching two files, or a folder' {
            Copy-Item $SalesCsv (Join-Path $TestDrive 'a-sales.csv'); Copy-Item $SalesCsv (Join-Path $TestDrive 'b-sales.csv')
            { New-SgSale -Path (Join-Path $TestDrive '*-sales.csv') -JournalPath (Join-Path $TestDrive 'w.jsonl') } | Should -Throw -ErrorId 'SeveralFiles,SmartGift.Commands.NewSgSaleCommand'
            { New-SgSale -Path $TestDrive -JournalPath (Join-Path $TestDrive 'w.jsonl') } | Should -Throw -ErrorId 'NotAFile,SmartGift.Commands.NewSgSaleCommand'
            Get-SalePostCount | Should -Be 0
        }

        It '-LiteralPath reads a name with wildcard characters as written, where -Path finds no file' {
            $odd = Join-Path $TestDrive 'sales[1].csv'
            Copy-Item -LiteralPath $SalesCsv -Destination $odd
            { New-SgSale -Path $odd -JournalPath (Join-Path $TestDrive 'odd.jsonl') -WhatIf } | Should -Throw -ErrorId 'FileNotFound,SmartGift.Commands.NewSgSaleCommand'
            $Error[0].ErrorDetails.RecommendedAction | Should -Match '-LiteralPath'
            $results = New-SgSale -LiteralPath $odd -JournalPath (Join-Path $TestDrive 'odd.jsonl') -WhatIf -ErrorAction SilentlyContinue
            $results.OrderId | Should -Be $orderIds
            { New-SgSale -LiteralPath (Join-Path $TestDrive 'nope[1].csv') -JournalPath (Join-Path $TestDrive 'odd.jsonl') } | Should -Throw -ErrorId 'FileNotFound,SmartGift.Commands.NewSgSaleCommand'
        }

        It 'a header without rows is NoInput, with a warning naming the file' {
            $empty = Join-Path $TestDrive 'empty.csv'
            Set-Content $empty $RequiredSaleHeader
            $null = New-SgSale -Path $empty -JournalPath (Join-Path $TestDrive 'e.jsonl') -ErrorVariable failures -ErrorAction SilentlyContinue -WarningVariable warnings -WarningAction SilentlyContinue
            $failures[0].FullyQualifiedErrorId | Should -Be 'NoInput,SmartGift.Commands.NewSgSaleCommand'
            "$warnings" | Should -Match 'empty\.csv'
        }
    }
}
