# Errors a PowerShell admin can act on: one message naming the record (and the row as a spreadsheet
# shows it), the caller's own object as TargetObject, a RecommendedAction for every kind of error,
# and categories that match the cause.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions
    $null = Connect-TestSession -Name Demo
    $cmd = 'SmartGift.Commands.InvokeSgRedeemCommand'
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'Documented redemption errors' {
    BeforeEach {
        Reset-Mock
        Invoke-MockControl faults -Method Delete | Out-Null
    }

    It '<Voucher> at site <Site>: <Id>, <Category>, the input row as TargetObject and a recommended action' -ForEach @(
        @{ Voucher = 'NOPE'; Site = '1'; Id = 'VoucherInvalid'; Category = 'ObjectNotFound' }
        @{ Voucher = 'DEMO000001'; Site = '999'; Id = 'SiteInvalid'; Category = 'InvalidArgument' }
        @{ Voucher = 'SIST000001'; Site = '1'; Id = 'VoucherNotOwned'; Category = 'PermissionDenied' }
        @{ Voucher = 'DEMO000004'; Site = '1'; Id = 'VoucherExpired'; Category = 'InvalidOperation' }
        @{ Voucher = 'DEMO000005'; Site = '1'; Id = 'VoucherExpired'; Category = 'InvalidOperation' }
        @{ Voucher = 'DEMO000003'; Site = '1'; Id = 'VoucherFullyRedeemed'; Category = 'InvalidOperation' }
    ) {
        $row = [pscustomobject]@{ voucher_no = $Voucher; site_id = $Site; value = '1.00'; reference = "R-$Voucher-$Site" }
        $null = $row | Invoke-SgRedeem -JournalPath (Join-Path $TestDrive "$Voucher-$Site.jsonl") -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be "$Id,$cmd"
        $failures[0].CategoryInfo.Category | Should -Be $Category
        $failures[0].TargetObject | Should -Be $row
        $failures[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        # One message: the voucher named once, no "failed: ... was not sent" chains.
        ([regex]::Matches($failures[0].ErrorDetails.Message, [regex]::Escape($Voucher))).Count | Should -Be 1
    }

    It 'a voucher already held: VoucherAlreadyHeld with a recommended action' {
        $null = Lock-SgVoucher DEMO000001
        $null = Lock-SgVoucher DEMO000001 -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures[0].FullyQualifiedErrorId | Should -Be 'VoucherAlreadyHeld,SmartGift.Commands.LockSgVoucherCommand'
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
        $failures[0].TargetObject | Should -Be 'DEMO000001'
        $failures[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'an unknown key: a terminating Unauthenticated error with a recommended action' {
        $failure = try { $null = Connect-TestSession -Name Wrong -Key 'sk_test_wrong'; $null } catch { $_ }
        $failure.FullyQualifiedErrorId | Should -Match '^Unauthenticated,'
        $failure.CategoryInfo.Category | Should -Be 'AuthenticationError'
        $failure.ErrorDetails.RecommendedAction | Should -Match 'key'
    }

    It 'a 500 to a redemption is Unknown with the category of a server fault, not a timeout' {
        Invoke-MockControl faults -Method Post -Body @{ method = 'POST'; path = '/redeem'; kind = 'fail_before'; status = 500; count = 1 } | Out-Null
        $result = Invoke-SgRedeem DEMO000001 -Value 1.00 -ErrorVariable failures -ErrorAction SilentlyContinue
        $result.Status | Should -Be 'Unknown'
        $failures[0].FullyQualifiedErrorId | Should -Be "OutcomeUnknown,$cmd"
        $failures[0].CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        # Without a journal, the advice cannot be a journal option.
        $failures[0].ErrorDetails.RecommendedAction | Should -Not -Match 'JournalPath|RetryUnknown'
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'Smart Gift'
    }
}

Describe 'A refused sale row' {
    BeforeAll {
        $rows = @(Import-Csv $SalesCsv)
        $null = $rows | New-SgSale -JournalPath (Join-Path $TestDrive 'sales.jsonl') -ErrorVariable failures -ErrorAction SilentlyContinue
        $bad = $failures | Where-Object { $_.ErrorDetails.Message -match 'S-1013' }
        # The row a spreadsheet shows: the header is row 1, so the n-th record is row n+1.
        $spreadsheetRow = [array]::IndexOf($rows, ($rows | Where-Object order_id -eq 'S-1013')) + 2
    }

    It 'is one message naming the order, the spreadsheet row, the column and the reason' {
        $bad.Count | Should -Be 1
        $message = $bad.ErrorDetails.Message
        ([regex]::Matches($message, 'S-1013')).Count | Should -Be 1
        $message | Should -Match "row $spreadsheetRow\b"
        ([regex]::Matches($message, "row $spreadsheetRow\b")).Count | Should -Be 1
        $message | Should -Match 'email'
        $message | Should -Match 'not a valid e-mail address'
        $message | Should -Not -Match 'failed:.*was not sent'
    }

    It 'has the Import-Csv row as TargetObject, InvalidData, and says how to fix and resend' {
        $bad.TargetObject.order_id | Should -Be 'S-1013'
        $bad.TargetObject | Should -BeOfType ([pscustomobject])
        $bad.CategoryInfo.Category | Should -Be 'InvalidData'
        $bad.ErrorDetails.RecommendedAction | Should -Match 'JournalPath'
    }
}

Describe 'An unreachable service' {
    It 'Connect-SgService to a closed port: ConnectionError, advice about the address, not about a journal' {
        # Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
        $failure = try { Connect-SgService -Name Closed -ApiKey (ConvertTo-TestKey 'sk_test_demo') -BaseUri 'http://127.0.0.1:9/'; $null } catch { $_ }
        $failure.CategoryInfo.Category | Should -Be 'ConnectionError'
        $failure.ErrorDetails.RecommendedAction | Should -Not -Match 'JournalPath'
        $failure.ErrorDetails.RecommendedAction | Should -Match 'BaseUri|Environment'
    }
}

# Issue 21, finding 8: messages named the record twice ("Order 'S-1013' (line 20) was not sent: line 20: ...",
# "... to the sale (order_id S-1013)"), and an outage said "Order S-1007 was refused: Not sent ...".
Describe 'Messages name the record once and say what happened' {
    BeforeEach {
        Reset-Mock
        Invoke-MockControl faults -Method Delete | Out-Null
    }

    It 'a <Kind> answer to a sale: "outcome unknown", the order named once in the message and the exception' -ForEach @(
        @{ Kind = 'fail_before'; Status = 500 }
        @{ Kind = 'drop_after'; Status = $null }
    ) {
        $fault = @{ method = 'POST'; path = '/pos-sale'; kind = $Kind; count = 1 }
        if ($Status) { $fault.status = $Status }
        Invoke-MockControl faults -Method Post -Body $fault | Out-Null
        $row = Import-Csv $SalesCsv | Select-Object -First 1
        $null = $row | New-SgSale -JournalPath (Join-Path $TestDrive "once-$Kind.jsonl") -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures.Count | Should -Be 1
        $id = [regex]::Escape($row.order_id)
        $failures[0].ErrorDetails.Message | Should -Match "^Order $id`: outcome unknown: "
        ([regex]::Matches($failures[0].ErrorDetails.Message, $id)).Count | Should -Be 1
        ([regex]::Matches($failures[0].Exception.Message, $id)).Count | Should -BeLessOrEqual 1
    }

    It 'a sale row refused before sending: the row named once in the exception too' {
        $rows = @(Import-Csv $SalesCsv)
        $results = @($rows | New-SgSale -JournalPath (Join-Path $TestDrive 'refused-once.jsonl') -ErrorVariable failures -ErrorAction SilentlyContinue)
        $bad = @($failures | Where-Object { $_.ErrorDetails.Message -match 'S-1013' })
        $bad.Count | Should -Be 1
        $result = $results | Where-Object OrderId -eq 'S-1013'
        # The result's own error was "Order 'S-1013' (row 21) was not sent: row 21: ...".
        foreach ($text in $bad[0].ErrorDetails.Message, $result.Error.Message) {
            ([regex]::Matches($text, 'S-1013')).Count | Should -BeLessOrEqual 1
            ([regex]::Matches($text, '\b(line|row) \d+')).Count | Should -Be 1
        }
        ([regex]::Matches($bad[0].ErrorDetails.Message, 'S-1013')).Count | Should -Be 1
    }

    It 'Lock-SgVoucher: the piped row as TargetObject, and advice that says nothing was held' {
        $null = Lock-SgVoucher DEMO000001
        $row = [pscustomobject]@{ voucher_no = 'DEMO000001'; till = 'front desk' }
        $null = $row | Lock-SgVoucher -ErrorVariable failures -ErrorAction SilentlyContinue
        $failures.Count | Should -Be 1
        $failures[0].TargetObject | Should -Be $row
        $failures[0].TargetObject.till | Should -Be 'front desk'
        $null = 'NOPE0001' | Lock-SgVoucher -ErrorVariable unknown -ErrorAction SilentlyContinue
        $unknown[0].TargetObject | Should -Be 'NOPE0001'
        $unknown[0].ErrorDetails.RecommendedAction | Should -Match 'Nothing was held'
        $unknown[0].ErrorDetails.RecommendedAction | Should -Not -Match 'Nothing was redeemed'
    }
}

Describe 'Messages when the service goes away during an import' {
    BeforeAll {
        Reset-Mock
        # Cached first, so that the import's catalogue check needs no request.
        $null = Get-SgVoucher -Force
        $null = Get-SgPaymentMethod -Force
        Stop-TestMockServer
        $rows = @(Import-Csv $SalesCsv | Where-Object order_id -ne 'S-1013' | Select-Object -First 6)
        $results = @($rows | New-SgSale -JournalPath (Join-Path $TestDrive 'gone.jsonl') -ErrorVariable failures -ErrorAction SilentlyContinue -WarningAction SilentlyContinue)
    }

    AfterAll {
        $null = Start-TestMockServer
        Remove-AllSessions
        $null = Connect-TestSession -Name Demo
    }

    It 'every order is reported, none sent' {
        $orders = @($rows.order_id | Sort-Object -Unique)
        $results.Count | Should -Be $orders.Count
        @($results | Where-Object Status -eq Confirmed).Count | Should -Be 0
        $failures.Count | Should -Be $orders.Count
    }

    It 'a failed connection: "was not sent", the order named once, "not sent" said once' {
        foreach ($failure in $failures) {
            $failure.ErrorDetails.Message | Should -Match '^Order S-\d+ was not sent: '
            $failure.ErrorDetails.Message | Should -Not -Match 'was refused'
            ([regex]::Matches($failure.ErrorDetails.Message, '(?i)not sent')).Count | Should -Be 1
            ([regex]::Matches($failure.ErrorDetails.Message, 'S-\d+')).Count | Should -Be 1
        }
        ($failures | Where-Object { $_.ErrorDetails.Message -match 'could not connect' }) | Should -Not -BeNullOrEmpty
    }
}
