# Pipelines by property name, as users build them: Import-Csv files whose headers are the
# snake_case CSV names, the PascalCase parameter names or the other aliases the cmdlets declare,
# in any letter case, and objects of one cmdlet piped into the next. Each Describe resets the mock
# server and connects its own session; its files and journals are its own.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions
    function New-Csv([string] $Name, [string[]] $Lines) {
        $path = Join-Path $TestDrive $Name
        Set-Content -Path $path -Value $Lines
        $path
    }
    function Use-FreshMock {
        Reset-Mock
        Remove-AllSessions
        $null = Connect-TestSession -Name Demo
    }
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'Import-Csv | New-SgSale binds every column by property name' {
    BeforeAll { Use-FreshMock }

    It 'under the PascalCase parameter names: every value reaches the cart sent' {
        $csv = New-Csv 'pascal-sales.csv' @(
            'OrderId,VoucherId,Price,Quantity,To,From,Message,FirstName,LastName,Email,Address1,Address2,Postcode,Town,County,DeliveryMethod,DeliveryPrice,DeliveryEmail,DeliveryDate,DeliveryFirstName,DeliveryLastName,DeliveryAddress1,DeliveryAddress2,DeliveryTown,DeliveryCounty,DeliveryPostcode,PaymentMethodId,PaymentAmount'
            'P-1,271,50.00,1,Mam,Alys,Happy birthday!,Alys,Evans,alys@example.com,4 Mill Lane,Flat 2,CF10 1AA,Cardiff,South Glamorgan,13,2.95,,,Mam,Evans,5 Hill Road,Annexe,Bath,Somerset,BA1 1AA,12,52.95'
        )
        $result = Import-Csv $csv | New-SgSale -JournalPath (Join-Path $TestDrive 'pascal.jsonl')
        $result.Status | Should -Be 'Confirmed'
        $cart = (Get-MockOrders | Where-Object requested_order_id -eq 'P-1').cart
        $cart.items[0].id | Should -Be '271'
        $cart.items[0].to | Should -Be 'Mam'
        $cart.items[0].from | Should -Be 'Alys'
        $cart.items[0].message | Should -Be 'Happy birthday!'
        $cart.customer.address2 | Should -Be 'Flat 2'
        $cart.customer.county | Should -Be 'South Glamorgan'
        $cart.delivery.delivery_method | Should -Be 13
        $cart.delivery.first_name | Should -Be 'Mam'
        $cart.delivery.address2 | Should -Be 'Annexe'
        $cart.delivery.postcode | Should -Be 'BA1 1AA'
        $cart.payments[0].payment_method_id | Should -Be 12
        $cart.payments[0].amount | Should -Be 52.95
    }

    It 'under every alias New-SgSale declares (the snake_case CSV names): the same cart as under the PascalCase names' {
        $pascal = Import-Csv (Join-Path $TestDrive 'pascal-sales.csv')
        $parameters = (Get-Command New-SgSale).Parameters
        $aliased = [ordered]@{}
        foreach ($property in $pascal.PSObject.Properties) {
            $aliases = @($parameters[$property.Name].Aliases)
            $aliased[$(if ($aliases.Count -gt 0) { $aliases[0] } else { $property.Name.ToLowerInvariant() })] = $property.Value
        }
        $aliased['order_id'] = 'P-2'
        # Every column with a declared alias is under it (first_name, delivery_address2, ...).
        @($aliased.Keys | Where-Object { $_ -cmatch '[A-Z]' }) | Should -BeNullOrEmpty
        @($aliased.Keys | Where-Object { $_ -match '_' }).Count | Should -BeGreaterThan 15
        $csv = Join-Path $TestDrive 'alias-sales.csv'
        [pscustomobject]$aliased | Export-Csv -Path $csv
        (Import-Csv $csv | New-SgSale -JournalPath (Join-Path $TestDrive 'alias.jsonl')).Status | Should -Be 'Confirmed'
        $orders = Get-MockOrders
        $viaAliases = ($orders | Where-Object requested_order_id -eq 'P-2').cart | ConvertTo-Json -Depth 6 -Compress
        $viaNames = ($orders | Where-Object requested_order_id -eq 'P-1').cart | ConvertTo-Json -Depth 6 -Compress
        $viaAliases | Should -Be $viaNames
    }

    It 'under the snake_case names in capitals (a header as some tills write it)' {
        $csv = New-Csv 'upper-sales.csv' @(
            'ORDER_ID,VOUCHER_ID,PRICE,FIRST_NAME,LAST_NAME,EMAIL,ADDRESS1,POSTCODE,TOWN,COUNTY,DELIVERY_METHOD,DELIVERY_PRICE,DELIVERY_EMAIL,PAYMENT_METHOD_ID,PAYMENT_AMOUNT'
            'U-1,270,150.00,Ada,Lovelace,ada@example.com,1 Analytical Row,SW1A 1AA,London,Greater London,12,0.50,gift@example.com,11,150.50'
        )
        $result = Import-Csv $csv | New-SgSale -JournalPath (Join-Path $TestDrive 'upper.jsonl')
        $result.Status | Should -Be 'Confirmed'
        $cart = (Get-MockOrders | Where-Object requested_order_id -eq 'U-1').cart
        $cart.delivery.delivery_email | Should -Be 'gift@example.com'
        $cart.customer.first_name | Should -Be 'Ada'
    }

    It 'consecutive rows with one order_id are one order, and a column given on the command line wins for every row' {
        $csv = New-Csv 'two-lines.csv' @(
            'order_id,voucher_id,price,first_name,last_name,email,address1,postcode,town,county,delivery_method,delivery_price,payment_method_id,payment_amount'
            'M-1,270,150.00,Ada,Lovelace,ada@example.com,1 Analytical Row,SW1A 1AA,London,Greater London,12,0.50,11,200.50'
            'M-1,271,50.00,Ada,Lovelace,ada@example.com,1 Analytical Row,SW1A 1AA,London,Greater London,12,0.50,11,'
        )
        $result = Import-Csv $csv | New-SgSale -PaymentMethodId 12 -JournalPath (Join-Path $TestDrive 'two-lines.jsonl')
        $result.Status | Should -Be 'Confirmed'
        $result.Items | Should -Be 2
        $order = Get-MockOrders | Where-Object requested_order_id -eq 'M-1'
        $order.cart.items.id | Should -Be @('270', '271')
        $order.cart.payments[0].payment_method_id | Should -Be 12
        $order.total | Should -Be 200.50
    }

    It 'Import-Csv | Compare-SgSale reads the same columns: the PascalCase file reconciles against its journal' {
        $rows = Import-Csv (Join-Path $TestDrive 'pascal-sales.csv') | Compare-SgSale -JournalPath (Join-Path $TestDrive 'pascal.jsonl')
        $rows.OrderId | Should -Be 'P-1'
        $rows.Status | Should -Be 'Confirmed'
    }
}

Describe 'Import-Csv | Invoke-SgRedeem binds every column by property name' {
    BeforeAll {
        Use-FreshMock
        $seeded = @(Get-MockRedemptions).Count
    }

    It 'under the aliases <Header>' -ForEach @(
        @{ Header = 'voucher_no,site_id,value,reference'; Reference = 'A-1' }
        @{ Header = 'VoucherNo,SiteId,Value,Reference'; Reference = 'A-2' }
        @{ Header = 'VoucherNumber,SITE_ID,VALUE,REFERENCE'; Reference = 'A-3' }
    ) {
        $csv = New-Csv "$Reference.csv" @($Header, "DEMO000001,2,1.25,$Reference")
        $result = Import-Csv $csv | Invoke-SgRedeem -JournalPath (Join-Path $TestDrive "$Reference.jsonl")
        $result.Status | Should -Be 'Confirmed'
        $result.Reference | Should -Be $Reference
        $result.SiteId | Should -Be '2'
        $made = @(Get-MockRedemptions)[-1]
        $made.voucher_no | Should -Be 'DEMO000001'
        $made.site_id | Should -Be '2'
        $made.amount | Should -Be 1.25
    }

    It 'experiences by name (quoted, ;-separated), hold_token and catalogue_voucher_id' {
        $hold = Lock-SgVoucher DEMO000006
        $csv = New-Csv 'experiences.csv' @('reference,voucher_no,site_id,experiences,hold_token,catalogue_voucher_id', "E-1,DEMO000006,1,`"Spa Access;Massage`",$($hold.HoldToken),280")
        $result = Import-Csv $csv | Invoke-SgRedeem -JournalPath (Join-Path $TestDrive 'experiences.jsonl')
        $result.Status | Should -Be 'Confirmed'
        $result.ExperienceBits | Should -Be 5
        $made = Get-MockRedemptions | Select-Object -Last 2
        $made.experience_name | Sort-Object | Should -Be @('Massage', 'Spa Access')
        $made.with_hold_token | Should -Be @($true, $true)
    }

    It 'the PascalCase Experience, HoldToken and CatalogueVoucherId columns' {
        $hold = Lock-SgVoucher DEMO000007
        $csv = New-Csv 'pascal-redeem.csv' @('Reference,VoucherNumber,SiteId,Experience,HoldToken,CatalogueVoucherId', "E-2,DEMO000007,1,Afternoon Tea,$($hold.HoldToken),280")
        $result = Import-Csv $csv | Invoke-SgRedeem -JournalPath (Join-Path $TestDrive 'pascal-redeem.jsonl')
        $result.Status | Should -Be 'Confirmed'
        $result.ExperienceBits | Should -Be 8
        (Get-MockRedemptions)[-1].with_hold_token | Should -BeTrue
    }

    It 'holds exported with Export-Csv and read back redeem with their hold_token' {
        $holds = Join-Path $TestDrive 'holds.csv'
        Lock-SgVoucher DEMO000001, DEMO000002 | Select-Object VoucherNumber, HoldToken, @{ n = 'value'; e = { '2.00' } }, @{ n = 'reference'; e = { "H-$($_.VoucherNumber)" } } |
            Export-Csv -Path $holds
        $before = @(Get-MockRedemptions).Count
        $results = Import-Csv $holds | Invoke-SgRedeem -JournalPath (Join-Path $TestDrive 'holds.jsonl')
        $results.Status | Should -Be @('Confirmed', 'Confirmed')
        $made = @(Get-MockRedemptions | Select-Object -Skip $before)
        $made.Count | Should -Be 2
        $made.with_hold_token | Should -Be @($true, $true)
    }

    It 'made one redemption per row and no more' {
        # A-1..A-3 (3), E-1 (2 experiences), E-2 (1), two holds (2).
        @(Get-MockRedemptions).Count | Should -Be ($seeded + 8)
    }
}

Describe 'Other cmdlets take their values by property name' {
    BeforeAll { Use-FreshMock }

    It 'Lock-SgVoucher from a voucher_no / VoucherNo / VoucherNumber column' {
        $csv = New-Csv 'lock.csv' @('voucher_no', 'DEMO000001')
        (Import-Csv $csv | Lock-SgVoucher).VoucherNumber | Should -Be 'DEMO000001'
        ([pscustomobject]@{ VoucherNo = 'DEMO000002' } | Lock-SgVoucher).VoucherNumber | Should -Be 'DEMO000002'
        ([pscustomobject]@{ VoucherNumber = 'DEMO000006' } | Lock-SgVoucher).VoucherNumber | Should -Be 'DEMO000006'
        @((Invoke-MockControl vouchers).data | Where-Object { $_.hold }).voucher_no | Sort-Object | Should -Be @('DEMO000001', 'DEMO000002', 'DEMO000006')
    }

    It 'Get-SgVoucher -Id from the voucher_id column of sales.csv' {
        $ids = @(Import-Csv $SalesCsv | Select-Object -First 2 | Get-SgVoucher).Id
        $ids | Should -Be @((Import-Csv $SalesCsv | Select-Object -First 2).voucher_id)
        ([pscustomobject]@{ VoucherId = '280' } | Get-SgVoucher).Name | Should -Be 'Spa Day for Two'
    }

    It 'Get-SgPaymentMethod -Id from a payment_method_id / PaymentMethodId property' {
        ([pscustomobject]@{ payment_method_id = '12' } | Get-SgPaymentMethod).Name | Should -Be 'Cash'
        ([pscustomobject]@{ PaymentMethodId = '11' } | Get-SgPaymentMethod).Name | Should -Be 'Card'
    }

    It 'Disconnect-SgService takes the Name property of a piped object' {
        $null = Connect-TestSession -Name Spare
        [pscustomobject]@{ Name = 'Spare' } | Disconnect-SgService
        (Get-SgSession).Name | Should -Be 'Demo'
    }

    It 'Set-SgJournalRecord takes a Reference (or OrderId) property as the key' {
        Invoke-MockControl faults -Method Post -Body @{ method = 'POST'; path = '/redeem'; kind = 'drop_after'; count = 1 } | Out-Null
        $journal = Join-Path $TestDrive 'settle.jsonl'
        $csv = New-Csv 'settle.csv' @('reference,voucher_no,site_id,value', 'K-1,DEMO000001,1,1.00')
        (Import-Csv $csv | Invoke-SgRedeem -JournalPath $journal -ErrorAction SilentlyContinue).Status | Should -Be 'Unknown'
        (Import-Csv $csv | Set-SgJournalRecord -JournalPath $journal -Found).State | Should -Be 'Confirmed'
    }
}
