# The parameter sets no other file drives end to end (Coverage.Tests.ps1 checks every set is driven somewhere): Connect-SgService
# -SecretName (a SecretManagement vault, supplied here as a Get-Secret function), Disconnect-SgService
# -Session, New-SgSale -Cart, Set-SgJournalRecord -Release / -Drop / -Found -SmartGiftOrderId, and
# Get-SgJournalRecord with and without -All, and the one parameter no other file uses, -RetryUnknown.
# Each Describe resets the mock server and connects what it needs.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions
    function Use-FreshMock {
        Reset-Mock
        Remove-AllSessions
        $null = Connect-TestSession -Name Demo
    }
    function Add-MockFault([hashtable] $Fault) { $null = Invoke-MockControl faults -Method Post -Body $Fault }
    function New-TestCart([decimal] $Total = 0, [string] $VoucherId = '271') {
        [SmartGift.Cart]@{
            Items    = [System.Collections.Generic.List[SmartGift.CartItem]]@(
                [SmartGift.CartItem]@{ Id = $VoucherId; Price = 50; Total = 50; To = 'Mam'; Message = 'Happy birthday!' }
                [SmartGift.CartItem]@{ Id = $VoucherId; Price = 50; Total = 50 })
            Customer = [SmartGift.Customer]@{ FirstName = 'Ada'; LastName = 'Lovelace'; Email = 'ada@example.com'; Address1 = '1 High Street'; Postcode = 'BA1 1AA'; Town = 'Bath'; County = 'Somerset' }
            Delivery = [SmartGift.Delivery]@{ DeliveryMethod = '12'; Price = 0.50 }
            Payments = [System.Collections.Generic.List[SmartGift.Payment]]@([SmartGift.Payment]@{ Amount = 100.50; PaymentMethodId = '11' })
            Totals   = [SmartGift.CartTotals]@{ Total = $Total; Subtotal = $Total }
        }
    }
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'Connect-SgService -SecretName (the Secret set)' {
    BeforeAll {
        Reset-Mock
        Remove-AllSessions
        # What Microsoft.PowerShell.SecretManagement's Get-Secret does, for a vault holding three secrets.
        $asked = [System.Collections.Generic.List[string]]::new()
        function global:Get-Secret {
            param([string] $Name, [string] $Vault)
            $asked.Add("$Name@$Vault")
            switch ($Name) {
                'SmartGiftKey' { ConvertTo-SecureString 'sk_test_demo' -AsPlainText -Force }
                'SisterCredential' { [PSCredential]::new('api', (ConvertTo-SecureString 'sk_test_sister' -AsPlainText -Force)) }
                'Certificate' { [byte[]](1, 2, 3) }
                default { throw "Get-Secret: A secret with name $Name was not found." }
            }
        }
    }

    AfterAll {
        Remove-Item Function:\Get-Secret -ErrorAction SilentlyContinue
        Remove-AllSessions
    }

    It 'reads a SecureString secret from the vault named by -Vault and connects with it' {
        $session = Connect-SgService -Name Vaulted -SecretName SmartGiftKey -Vault Store -BaseUri $SgTest.MockUri -SiteId 1 -PassThru
        $session.Name | Should -Be 'Vaulted'
        $session.ApiKeyMasked | Should -Be 'sk_...demo'
        $asked | Should -Contain 'SmartGiftKey@Store'
        (Invoke-SgRedeem DEMO000001 -Value 1.00 -Session Vaulted).Status | Should -Be 'Confirmed'
    }

    It 'takes the password of a PSCredential secret as the key (no -Vault: the default vault)' {
        $session = Connect-SgService -Name SisterVaulted -SecretName SisterCredential -BaseUri $SgTest.MockUri -SiteId 3 -PassThru
        $session.ApiKeyMasked | Should -Be 'sk_...ster'
        $asked | Should -Contain 'SisterCredential@'
        (Get-SgVoucher -Session SisterVaulted).Id | Should -Be '370'
    }

    It 'a secret the vault does not have: SecretNotRead, naming the secret and the vault' {
        $thrown = { Connect-SgService -Name Missing -SecretName Nope -Vault Store -BaseUri $SgTest.MockUri } | Should -Throw -PassThru
        $thrown.FullyQualifiedErrorId | Should -Be 'SecretNotRead,SmartGift.Commands.ConnectSgServiceCommand'
        $thrown.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $thrown.TargetObject | Should -Be 'Nope'
        $thrown.Exception.Message | Should -Match "'Nope' from vault 'Store'"
        Get-SgSession -Name Missing -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'a secret of another kind: SecretNotUsable, saying how to store the key' {
        $thrown = { Connect-SgService -Name Bytes -SecretName Certificate -BaseUri $SgTest.MockUri } | Should -Throw -PassThru
        $thrown.FullyQualifiedErrorId | Should -Be 'SecretNotUsable,SmartGift.Commands.ConnectSgServiceCommand'
        $thrown.CategoryInfo.Category | Should -Be 'InvalidType'
        $thrown.Exception.Message | Should -Match 'Set-Secret'
    }

    It 'leaves the keys it read from the vault in no error record ($Error) and no session view' {
        $Error.Count | Should -BeGreaterThan 0
        ($Error | Format-List * -Force | Out-String) + ($Error | ForEach-Object { $_.Exception.ToString() } | Out-String) | Should -Not -Match 'sk_test_demo|sk_test_sister'
        (Get-SgSession | Format-List * | Out-String) | Should -Not -Match 'sk_test_demo|sk_test_sister'
    }
}

Describe 'Disconnect-SgService -Session (the Session set)' {
    BeforeAll { Use-FreshMock }

    It 'disconnects the session object given, and the sessions piped from Get-SgSession' {
        $spare = Connect-TestSession -Name Spare
        $null = Connect-TestSession -Name Other
        Disconnect-SgService -Session $spare
        (Get-SgSession).Name | Should -Be @('Demo', 'Other')
        Get-SgSession -Name Other | Disconnect-SgService
        (Get-SgSession).Name | Should -Be 'Demo'
        (Get-SgSession -Default).Name | Should -Be 'Demo'
    }
}

Describe 'New-SgSale -OrderId -Cart (the Cart set)' {
    BeforeAll { Use-FreshMock }

    It 'sells a whole cart as one order, filling in totals left at zero' {
        $result = New-SgSale -OrderId CART-1 -Cart (New-TestCart)
        $result.Status | Should -Be 'Confirmed'
        $result.Items | Should -Be 2
        $result.Total | Should -Be 100.50
        $order = Get-MockOrders | Where-Object requested_order_id -eq 'CART-1'
        $order.voucher_numbers.Count | Should -Be 2
        $order.cart.totals.total | Should -Be 100.50
        $order.cart.totals.subtotal | Should -Be 100.50
        $order.cart.items[0].message | Should -Be 'Happy birthday!'
    }

    It 'refuses a cart whose totals do not add up, before sending' {
        $before = @(Get-MockOrders).Count
        $result = New-SgSale -OrderId CART-2 -Cart (New-TestCart -Total 90) -ErrorVariable failures -ErrorAction SilentlyContinue
        $result.Status | Should -Be 'Failed'
        $failures[0].FullyQualifiedErrorId | Should -Be 'Validation,SmartGift.Commands.NewSgSaleCommand'
        @(Get-MockOrders).Count | Should -Be $before
    }

    It 'with -JournalPath a rerun of the same cart sends nothing; -WhatIf sends nothing either' {
        $journal = Join-Path $TestDrive 'cart.jsonl'
        (New-SgSale -OrderId CART-3 -Cart (New-TestCart) -JournalPath $journal).Status | Should -Be 'Confirmed'
        (New-SgSale -OrderId CART-3 -Cart (New-TestCart) -JournalPath $journal).Status | Should -Be 'Skipped'
        (New-SgSale -OrderId CART-4 -Cart (New-TestCart) -WhatIf).Status | Should -Be 'Skipped'
        @(Get-MockOrders | Where-Object { $_.requested_order_id -in 'CART-3', 'CART-4' }).Count | Should -Be 1
    }
}

Describe 'Set-SgJournalRecord -Release, -Drop and -Found -SmartGiftOrderId; Get-SgJournalRecord -All' {
    BeforeAll {
        Use-FreshMock
        $header = 'order_id,voucher_id,price,first_name,last_name,email,address1,postcode,town,county,delivery_method,delivery_price,payment_method_id,payment_amount'
        $line = '{0},271,50.00,Ada,Lovelace,ada@example.com,1 High Street,BA1 1AA,Bath,Somerset,{1},0.50,11,50.50'
        $csv = Join-Path $TestDrive 'settle.csv'
        # J-1 and J-2: answers lost after Smart Gift made them (Unknown); J-3 refused by Smart Gift (an
        # unknown delivery method, journaled as Failed); J-4 sold.
        Set-Content $csv $header, ($line -f 'J-1', '12'), ($line -f 'J-2', '12'), ($line -f 'J-3', '99'), ($line -f 'J-4', '12')
        $journal = Join-Path $TestDrive 'settle.jsonl'
        Add-MockFault @{ method = 'POST'; path = '/pos-sale'; kind = 'drop_after'; count = 2 }
        $first = Import-Csv $csv | New-SgSale -JournalPath $journal -MaxConcurrency 1 -ErrorAction SilentlyContinue
        Invoke-MockControl faults -Method Delete | Out-Null
        $madeFirst = @(Get-MockOrders)
    }

    It 'the first run: two Unknown, one Failed, one Confirmed' {
        ($first | ForEach-Object { "$($_.OrderId):$($_.Status)" }) | Should -Be @('J-1:Unknown', 'J-2:Unknown', 'J-3:Failed', 'J-4:Confirmed')
        $madeFirst.Count | Should -Be 3
    }

    It 'Get-SgJournalRecord lists what needs a decision; -All lists every record' {
        (Get-SgJournalRecord $journal).Key | Should -Be @('J-1', 'J-2', 'J-3')
        (Get-SgJournalRecord $journal -All).Key | Should -Be @('J-1', 'J-2', 'J-3', 'J-4')
    }

    It 'settles: J-1 found with the dashboard''s order id, J-2 released, J-3 dropped' {
        $found = Set-SgJournalRecord J-1 -JournalPath $journal -Found -SmartGiftOrderId $madeFirst[0].order_id
        $found.State | Should -Be 'Confirmed'
        $found.SmartGiftOrderId | Should -Be $madeFirst[0].order_id
        (Set-SgJournalRecord J-2 -Release).Decision | Should -Be 'release'
        (Set-SgJournalRecord J-3 -Drop -LedgerPath (Get-TestLedgerPath)).Decision | Should -Be 'drop'
        Get-SgJournalRecord $journal | Should -BeNullOrEmpty
        Get-SgJournalRecord -LedgerPath (Get-TestLedgerPath) | Should -BeNullOrEmpty
    }

    It 'the rerun sends only the released order: a second J-2, as the operator chose' {
        $rerun = Import-Csv $csv | New-SgSale -JournalPath $journal -ErrorAction SilentlyContinue -ErrorVariable failures
        ($rerun | ForEach-Object { "$($_.OrderId):$($_.Status)" }) | Should -Be @('J-1:Skipped', 'J-2:Confirmed', 'J-3:Skipped', 'J-4:Skipped')
        $failures | Should -BeNullOrEmpty
        (Get-MockOrders).requested_order_id | Should -Be @('J-1', 'J-2', 'J-4', 'J-2')
    }

    It 'a key the ledger does not have, and a decision that does not fit the record''s state, refuse the whole call, naming each' {
        { Set-SgJournalRecord NOPE, J-4 -Drop -ErrorAction Stop } | Should -Throw -ErrorId 'JournalRecordNotSettled,SmartGift.Commands.SetSgJournalRecordCommand'
        $Error[0].Exception.Message | Should -BeLike "*Nothing was settled*'NOPE': no such record*'J-4': it is Confirmed*"
        (Get-SgJournalRecord -All -Session Demo | Where-Object Key -eq 'J-4').State | Should -Be 'Confirmed'
    }
}

Describe '-RetryUnknown sends again what the journal holds as Unknown' {
    BeforeAll {
        Use-FreshMock
        $saleCsv = Join-Path $TestDrive 'retry-sales.csv'
        Set-Content $saleCsv 'order_id,voucher_id,price,first_name,last_name,email,address1,postcode,town,county,delivery_method,delivery_price,payment_method_id,payment_amount',
            'U-1,271,50.00,Ada,Lovelace,ada@example.com,1 High Street,BA1 1AA,Bath,Somerset,12,0.50,11,50.50'
        $redeemCsv = Join-Path $TestDrive 'retry-redeem.csv'
        Set-Content $redeemCsv 'reference,voucher_no,site_id,value', 'U-2,DEMO000001,1,1.00'
        $saleJournal = Join-Path $TestDrive 'retry-sales.jsonl'
        $redeemJournal = Join-Path $TestDrive 'retry-redeem.jsonl'
        # The answers are lost after Smart Gift acted: both are Unknown in their journals.
        Add-MockFault @{ method = 'POST'; path = '/pos-sale'; kind = 'drop_after'; count = 1 }
        Add-MockFault @{ method = 'POST'; path = '/redeem'; kind = 'drop_after'; count = 1 }
        $firstSale = Import-Csv $saleCsv | New-SgSale -JournalPath $saleJournal -ErrorAction SilentlyContinue
        $firstRedeem = Import-Csv $redeemCsv | Invoke-SgRedeem -JournalPath $redeemJournal -ErrorAction SilentlyContinue
        $seeded = @(Get-MockRedemptions).Count
    }

    It 'without it a rerun sends nothing and reports them Unknown again' {
        $firstSale.Status | Should -Be 'Unknown'
        $firstRedeem.Status | Should -Be 'Unknown'
        (Import-Csv $saleCsv | New-SgSale -JournalPath $saleJournal -ErrorAction SilentlyContinue).Status | Should -Be 'Unknown'
        (Import-Csv $redeemCsv | Invoke-SgRedeem -JournalPath $redeemJournal -ErrorAction SilentlyContinue).Status | Should -Be 'Unknown'
        @(Get-MockOrders).Count | Should -Be 1
        @(Get-MockRedemptions).Count | Should -Be $seeded
    }

    It 'with it New-SgSale and Invoke-SgRedeem send them again (a second order and redemption, as asked)' {
        (Import-Csv $saleCsv | New-SgSale -JournalPath $saleJournal -RetryUnknown).Status | Should -Be 'Confirmed'
        (Import-Csv $redeemCsv | Invoke-SgRedeem -JournalPath $redeemJournal -RetryUnknown).Status | Should -Be 'Confirmed'
        (Get-MockOrders).requested_order_id | Should -Be @('U-1', 'U-1')
        @(Get-MockRedemptions).Count | Should -Be ($seeded + 1)
        Get-SgJournalRecord $saleJournal | Should -BeNullOrEmpty
    }
}
