# Every error the Smart Gift documents name (shared/seeds: 002 overview, 000 sale, 003 redeem,
# 004 hold), as the cmdlet that meets it reports it: FullyQualifiedErrorId, category, the caller's
# own object as TargetObject and a RecommendedAction. The redeem 422s through a piped row are in
# Errors.Tests.ps1; here: the same through the command line, the hold errors, the sale 422s, the
# catalogue refusals, 401, 429 and 5xx, and the catalogue queries' not-found errors.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions
    $redeem = 'SmartGift.Commands.InvokeSgRedeemCommand'
    $lock = 'SmartGift.Commands.LockSgVoucherCommand'
    $sale = 'SmartGift.Commands.NewSgSaleCommand'
    function Add-MockFault([hashtable] $Fault) { $null = Invoke-MockControl faults -Method Post -Body $Fault }
    function Use-FreshMock {
        Reset-Mock
        Remove-AllSessions
        $null = Connect-TestSession -Name Demo
    }
    # A sale row as Import-Csv gives it, valid unless a column is overridden.
    function New-SaleRow([string] $OrderId, [hashtable] $Change = @{}) {
        $row = [ordered]@{ order_id = $OrderId; voucher_id = '271'; price = '50.00'; first_name = 'Ada'; last_name = 'Lovelace'; email = 'ada@example.com'
            address1 = '1 High Street'; postcode = 'BA1 1AA'; town = 'Bath'; county = 'Somerset'; delivery_method = '12'; delivery_price = '0.50'
            payment_method_id = '11'; payment_amount = '50.50' }
        foreach ($key in $Change.Keys) { $row[$key] = $Change[$key] }
        [pscustomobject]$row
    }
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'Redeem errors (003) given on the command line' {
    BeforeAll { Use-FreshMock }

    It '<Voucher> at site <Site>: <Id>, <Category>, the voucher number as TargetObject, and advice' -ForEach @(
        @{ Voucher = 'NOPE'; Site = '1'; Id = 'VoucherInvalid'; Category = 'ObjectNotFound' }
        @{ Voucher = 'DEMO000001'; Site = '999'; Id = 'SiteInvalid'; Category = 'InvalidArgument' }
        @{ Voucher = 'SIST000001'; Site = '1'; Id = 'VoucherNotOwned'; Category = 'PermissionDenied' }
        @{ Voucher = 'DEMO000004'; Site = '1'; Id = 'VoucherExpired'; Category = 'InvalidOperation' }
        @{ Voucher = 'DEMO000003'; Site = '1'; Id = 'VoucherFullyRedeemed'; Category = 'InvalidOperation' }
    ) {
        $result = Invoke-SgRedeem $Voucher -Value 1.00 -SiteId $Site -ErrorVariable failures -ErrorAction SilentlyContinue
        $result.Status | Should -Be 'Failed'
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be "$Id,$redeem"
        $failures[0].CategoryInfo.Category | Should -Be $Category
        $failures[0].TargetObject | Should -Be $Voucher
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'Nothing was redeemed'
    }

    It 'a voucher held by another till (004): VoucherAlreadyHeld, the row as TargetObject, advice naming -HoldToken' {
        $null = Lock-SgVoucher DEMO000002
        $row = [pscustomobject]@{ reference = 'HELD-1'; voucher_no = 'DEMO000002'; site_id = '1'; value = '1.00' }
        $result = $row | Invoke-SgRedeem -JournalPath (Join-Path $TestDrive 'held.jsonl') -ErrorVariable failures -ErrorAction SilentlyContinue
        $result.Status | Should -Be 'Failed'
        $failures[0].FullyQualifiedErrorId | Should -Be "VoucherAlreadyHeld,$redeem"
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidOperation'
        $failures[0].TargetObject | Should -Be $row
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'HoldToken'
    }
}

Describe 'Hold errors (004) from Lock-SgVoucher' {
    BeforeAll { Use-FreshMock }

    It '<Voucher>: <Id>, <Category>, the voucher number as TargetObject, and advice' -ForEach @(
        @{ Voucher = 'NOPE'; Id = 'VoucherInvalid'; Category = 'ObjectNotFound' }
        @{ Voucher = 'SIST000001'; Id = 'VoucherNotOwned'; Category = 'PermissionDenied' }
        @{ Voucher = 'DEMO000004'; Id = 'VoucherExpired'; Category = 'InvalidOperation' }
        @{ Voucher = 'DEMO000005'; Id = 'VoucherExpired'; Category = 'InvalidOperation' }
        @{ Voucher = 'DEMO000003'; Id = 'VoucherFullyRedeemed'; Category = 'InvalidOperation' }
    ) {
        Lock-SgVoucher $Voucher -ErrorVariable failures -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be "$Id,$lock"
        $failures[0].CategoryInfo.Category | Should -Be $Category
        $failures[0].TargetObject | Should -Be $Voucher
        $failures[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
        $failures[0].ErrorDetails.Message | Should -Match ([regex]::Escape("Voucher $Voucher not held"))
    }

    It 'one refused voucher among piped rows does not stop the others' {
        $rows = @('DEMO000004', 'DEMO000006') | ForEach-Object { [pscustomobject]@{ voucher_no = $_ } }
        $held = $rows | Lock-SgVoucher -ErrorVariable failures -ErrorAction SilentlyContinue
        $held.VoucherNumber | Should -Be 'DEMO000006'
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be "VoucherExpired,$lock"
        # The piped row itself (issue 21, finding 8), not the number read from it.
        $failures[0].TargetObject | Should -Be $rows[0]
        $failures[0].TargetObject.voucher_no | Should -Be 'DEMO000004'
    }
}

Describe 'Sale errors: refused by Smart Gift (422) or before sending' {
    BeforeAll {
        Use-FreshMock
        $journal = Join-Path $TestDrive 'sales.jsonl'
    }

    It '<Why>: Validation, InvalidData, the row as TargetObject, a message with row and column, advice naming the journal' -ForEach @(
        @{ Why = 'a hidden voucher sold past the catalogue check (422 cart.items.0.id)'; Change = @{ voucher_id = '290'; price = '25.00'; payment_amount = '25.50' }; Skip = $true; Column = 'voucher_id'; Reason = 'The selected cart.items.0.id is invalid' }
        @{ Why = 'an unknown payment method past the catalogue check (422 cart.payments.0.payment_method_id)'; Change = @{ payment_method_id = '99' }; Skip = $true; Column = 'payment_method_id'; Reason = 'The selected cart.payments.0.payment method id is invalid' }
        @{ Why = 'an unknown delivery method (422 cart.delivery.delivery_method)'; Change = @{ delivery_method = '99' }; Skip = $false; Column = 'delivery_method'; Reason = 'The selected cart.delivery.delivery method is invalid' }
        @{ Why = 'a hidden voucher, caught by the catalogue check'; Change = @{ voucher_id = '290'; price = '25.00'; payment_amount = '25.50' }; Skip = $false; Column = 'voucher_id'; Reason = 'hidden in the catalogue' }
        @{ Why = 'a disabled voucher, caught by the catalogue check'; Change = @{ voucher_id = '291'; price = '10.00'; payment_amount = '10.50' }; Skip = $false; Column = 'voucher_id'; Reason = 'disabled' }
        @{ Why = 'an unknown payment method, caught by the catalogue check'; Change = @{ payment_method_id = '99' }; Skip = $false; Column = 'payment_method_id'; Reason = 'not one of the account''s payment methods' }
        @{ Why = 'payments that do not cover the total, caught before sending'; Change = @{ payment_amount = '40.00' }; Skip = $false; Column = 'payment_amount'; Reason = '' }
    ) {
        $orderId = "E-$([guid]::NewGuid().ToString('n').Substring(0, 8))"
        $row = New-SaleRow $orderId $Change
        $ordersBefore = @(Get-MockOrders).Count
        $result = $row | New-SgSale -JournalPath $journal -SkipCatalogueCheck:$Skip -ErrorVariable failures -ErrorAction SilentlyContinue
        $result.Status | Should -Be 'Failed'
        @(Get-MockOrders).Count | Should -Be $ordersBefore
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be "Validation,$sale"
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $failures[0].TargetObject | Should -Be $row
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'JournalPath'
        $message = $failures[0].ErrorDetails.Message
        ([regex]::Matches($message, [regex]::Escape($orderId))).Count | Should -Be 1
        $message | Should -Match 'row 2\b'
        $message | Should -Match $Column
        $message | Should -Match ([regex]::Escape($Reason))
    }

    It 'a whole -Cart refused by Smart Gift: the cart as given is the TargetObject' {
        $cart = [SmartGift.Cart]@{
            Items    = [System.Collections.Generic.List[SmartGift.CartItem]]@([SmartGift.CartItem]@{ Id = '271'; Price = 50; Total = 50 })
            Customer = [SmartGift.Customer]@{ FirstName = 'Ada'; LastName = 'Lovelace'; Email = 'ada@example.com'; Address1 = '1 High Street'; Postcode = 'BA1 1AA'; Town = 'Bath'; County = 'Somerset' }
            Delivery = [SmartGift.Delivery]@{ DeliveryMethod = '99'; Price = 0.50 }
            Payments = [System.Collections.Generic.List[SmartGift.Payment]]@([SmartGift.Payment]@{ Amount = 50.50; PaymentMethodId = '11' })
        }
        $result = New-SgSale -OrderId CART-BAD -Cart $cart -ErrorVariable failures -ErrorAction SilentlyContinue
        $result.Status | Should -Be 'Failed'
        $failures[0].FullyQualifiedErrorId | Should -Be "Validation,$sale"
        $failures[0].CategoryInfo.Category | Should -Be 'InvalidData'
        $failures[0].TargetObject | Should -Be $cart
        $failures[0].ErrorDetails.Message | Should -Match 'delivery method is invalid'
        $failures[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }
}

Describe 'A key Smart Gift no longer accepts (401, DESIGN 3)' {
    BeforeAll { Use-FreshMock }
    BeforeEach { Invoke-MockControl faults -Method Delete | Out-Null }

    It '<Command> stops with Unauthenticated, AuthenticationError, its input as TargetObject, and advice to reconnect' -ForEach @(
        @{ Command = 'New-SgSale'; Path = '/pos-sale'; Method = 'POST'; Run = { New-SaleRow 'AUTH-1' | New-SgSale -JournalPath (Join-Path $TestDrive 'auth.jsonl') }; Target = 'row' }
        @{ Command = 'Invoke-SgRedeem'; Path = '/redeem'; Method = 'POST'; Run = { [pscustomobject]@{ reference = 'AUTH-2'; voucher_no = 'DEMO000001'; site_id = '1'; value = '1.00' } | Invoke-SgRedeem -JournalPath (Join-Path $TestDrive 'auth-r.jsonl') }; Target = 'row' }
        @{ Command = 'Lock-SgVoucher'; Path = '/redeem/hold'; Method = 'POST'; Run = { Lock-SgVoucher DEMO000001 }; Target = 'DEMO000001' }
        @{ Command = 'Get-SgVoucher'; Path = '/vouchers'; Method = 'GET'; Run = { Get-SgVoucher -Force }; Target = 'Demo' }
        @{ Command = 'Get-SgPaymentMethod'; Path = '/payment-methods'; Method = 'GET'; Run = { Get-SgPaymentMethod -Force }; Target = 'Demo' }
    ) {
        Add-MockFault @{ method = $Method; path = $Path; kind = 'fail_before'; status = 401; count = 1 }
        $thrown = try { $null = & $Run -ErrorAction SilentlyContinue; $null } catch { $_ }
        $thrown | Should -Not -BeNullOrEmpty -Because 'a 401 ends the command'
        $thrown.FullyQualifiedErrorId | Should -Be "Unauthenticated,SmartGift.Commands.$($Command -replace '-', '')Command"
        $thrown.CategoryInfo.Category | Should -Be 'AuthenticationError'
        if ($Target -eq 'row') { $thrown.TargetObject | Should -BeOfType ([pscustomobject]) } else { $thrown.TargetObject | Should -Be $Target }
        $thrown.ErrorDetails.RecommendedAction | Should -Match 'Connect-SgService'
        "$($thrown.ErrorDetails.Message) $($thrown.Exception.Message)" | Should -Not -Match 'sk_test_demo'
    }
}

Describe 'A server error (5xx) to a write: the outcome is Unknown, never guessed (002, DESIGN 5)' {
    BeforeAll { Use-FreshMock }
    BeforeEach { Invoke-MockControl faults -Method Delete | Out-Null }

    It 'a sale answered <Status>: OutcomeUnknown, ResourceUnavailable, the row, and advice to settle it in the journal' -ForEach @(
        @{ Status = 500 }, @{ Status = 503 }
    ) {
        Add-MockFault @{ method = 'POST'; path = '/pos-sale'; kind = 'fail_before'; status = $Status; count = 1 }
        $row = New-SaleRow "FIVE-$Status"
        $result = $row | New-SgSale -JournalPath (Join-Path $TestDrive "five-$Status.jsonl") -ErrorVariable failures -ErrorAction SilentlyContinue
        $result.Status | Should -Be 'Unknown'
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be "OutcomeUnknown,$sale"
        $failures[0].CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        $failures[0].TargetObject | Should -Be $row
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'Set-SgJournalRecord'
    }

    It 'a hold answered 500: OutcomeUnknown, ResourceUnavailable, the voucher number, and advice to look before holding again' {
        Add-MockFault @{ method = 'POST'; path = '/redeem/hold'; kind = 'fail_before'; status = 500; count = 1 }
        Lock-SgVoucher DEMO000001 -ErrorVariable failures -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failures[0].FullyQualifiedErrorId | Should -Be "OutcomeUnknown,$lock"
        $failures[0].CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        $failures[0].TargetObject | Should -Be 'DEMO000001'
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'Smart Gift dashboard'
    }

    It 'a redemption row answered with an HTML 502 page after Smart Gift acted: OutcomeUnknown with the row' {
        Add-MockFault @{ method = 'POST'; path = '/redeem'; kind = 'html_after'; count = 1 }
        $row = [pscustomobject]@{ reference = 'HTML-1'; voucher_no = 'DEMO000001'; site_id = '1'; value = '1.00' }
        $result = $row | Invoke-SgRedeem -JournalPath (Join-Path $TestDrive 'html.jsonl') -ErrorVariable failures -ErrorAction SilentlyContinue
        $result.Status | Should -Be 'Unknown'
        $failures[0].FullyQualifiedErrorId | Should -Be "OutcomeUnknown,$redeem"
        $failures[0].CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        $failures[0].TargetObject | Should -Be $row
        $failures[0].ErrorDetails.RecommendedAction | Should -Match 'Set-SgJournalRecord'
    }
}

Describe 'The rate limit (429) asking for a longer wait than allowed (002)' {
    BeforeAll {
        # A server of its own: the client's rate governor (per address and key) remembers the long
        # window for the rest of the process, which no other Describe should inherit.
        $shared = @{ Process = $SgTest.MockProcess; Uri = $SgTest.MockUri }
        $null = Start-TestMockServer
        Remove-AllSessions
        $null = Connect-TestSession -Name Demo
        # An hour-long window: a 429 then asks for a wait far beyond MaxRateLimitWait (two minutes).
        Invoke-MockControl rate-limit -Method Post -Body @{ limit = 10000; window_seconds = 3600 } | Out-Null
        Add-MockFault @{ method = 'POST'; path = '/redeem'; kind = 'fail_before'; status = 429; count = 1 }
        $row = [pscustomobject]@{ reference = 'RATE-1'; voucher_no = 'DEMO000001'; site_id = '1'; value = '1.00' }
        $redeemed = $row | Invoke-SgRedeem -JournalPath (Join-Path $TestDrive 'rate.jsonl') -ErrorVariable redeemFailures -ErrorAction SilentlyContinue
        # The governor now knows the window is spent: later requests are held back before sending.
        $saleRow = New-SaleRow 'RATE-2'
        $sold = $saleRow | New-SgSale -JournalPath (Join-Path $TestDrive 'rate-sales.jsonl') -ErrorVariable saleFailures -ErrorAction SilentlyContinue
        $null = Lock-SgVoucher DEMO000002 -ErrorVariable lockFailures -ErrorAction SilentlyContinue
        $connectFailure = try { $null = Connect-SgService -Name Again -ApiKey (ConvertTo-TestKey 'sk_test_demo') -BaseUri $SgTest.MockUri; $null } catch { $_ }
        $requests = @(Get-MockRequests)
    }

    AfterAll {
        Remove-AllSessions
        Stop-TestMockServer
        $SgTest.MockProcess = $shared.Process
        $SgTest.MockUri = $shared.Uri
    }

    It 'a redemption row: RateLimited, LimitsExceeded, the row, advice to wait and rerun with the journal' {
        $redeemed.Status | Should -Be 'Failed'
        $redeemFailures[0].FullyQualifiedErrorId | Should -Be "RateLimited,$redeem"
        $redeemFailures[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $redeemFailures[0].TargetObject | Should -Be $row
        $redeemFailures[0].ErrorDetails.RecommendedAction | Should -Match 'wait'
        $redeemFailures[0].ErrorDetails.RecommendedAction | Should -Match 'JournalPath'
    }

    It 'a sale row and a hold are held back unsent, each as RateLimited with its own input' {
        $sold.Status | Should -Be 'Failed'
        $saleFailures[0].FullyQualifiedErrorId | Should -Be "RateLimited,$sale"
        $saleFailures[0].CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $saleFailures[0].TargetObject | Should -Be $saleRow
        $lockFailures[0].FullyQualifiedErrorId | Should -Be "RateLimited,$lock"
        $lockFailures[0].TargetObject | Should -Be 'DEMO000002'
        $lockFailures[0].ErrorDetails.RecommendedAction | Should -Match 'wait'
        # Only the faulted redemption reached the server.
        @($requests | Where-Object { $_.method -eq 'POST' }).Count | Should -Be 1
    }

    It 'Connect-SgService: RateLimited, with advice to wait, not to check the address' {
        $connectFailure.FullyQualifiedErrorId | Should -Be 'RateLimited,SmartGift.Commands.ConnectSgServiceCommand'
        $connectFailure.CategoryInfo.Category | Should -Be 'LimitsExceeded'
        $connectFailure.ErrorDetails.RecommendedAction | Should -Match 'wait'
        $connectFailure.ErrorDetails.RecommendedAction | Should -Not -Match 'BaseUri'
    }
}

Describe 'Catalogue queries that find nothing' {
    BeforeAll { Use-FreshMock }

    It '<Command> <Parameter> <Value>: <Id>, ObjectNotFound, the value as TargetObject, and advice' -ForEach @(
        @{ Command = 'Get-SgVoucher'; Parameter = '-Id'; Value = '999'; Id = 'VoucherNotFound' }
        @{ Command = 'Get-SgVoucher'; Parameter = '-Name'; Value = 'No Such Voucher'; Id = 'VoucherNotFound' }
        @{ Command = 'Get-SgPaymentMethod'; Parameter = '-Id'; Value = '99'; Id = 'PaymentMethodNotFound' }
        @{ Command = 'Get-SgPaymentMethod'; Parameter = '-Name'; Value = 'Cheque'; Id = 'PaymentMethodNotFound' }
    ) {
        $splat = @{ $Parameter.TrimStart('-') = $Value }
        & $Command @splat -ErrorVariable failures -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failures.Count | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -Be "$Id,SmartGift.Commands.$($Command -replace '-', '')Command"
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failures[0].TargetObject | Should -Be $Value
        $failures[0].ErrorDetails.RecommendedAction | Should -Match '-Force'
    }
}
