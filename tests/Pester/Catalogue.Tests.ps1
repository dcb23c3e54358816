BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions
    $null = Connect-TestSession -Name Demo
    function Complete-Input([string] $Line) { TabExpansion2 -inputScript $Line -cursorColumn $Line.Length }
    function Get-VoucherListCount { @(Get-MockRequests | Where-Object { $_.method -eq 'GET' -and $_.path -like '/vouchers*' }).Count }
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'Get-SgVoucher' {
    It 'lists the catalogue as SmartGift.Voucher objects' {
        $vouchers = Get-SgVoucher
        $vouchers | Should -Not -BeNullOrEmpty
        $vouchers[0] | Should -BeOfType ([SmartGift.Voucher])
        $vouchers.Id | Should -Contain '270'
        $vouchers.Id | Should -Contain '280'
    }

    It 'filters names with wildcards' {
        (Get-SgVoucher -Name '*Gift Voucher').Id | Sort-Object | Should -Be @('270', '271')
    }

    It 'gets by id, with experiences as SmartGift.Experience objects' {
        $spa = Get-SgVoucher -Id 280
        $spa.Type | Should -Be 'Experience'
        $spa.Experiences[0] | Should -BeOfType ([SmartGift.Experience])
        $spa.Experiences.Name | Should -Be @('Spa Access', 'Lunch', 'Massage', 'Afternoon Tea')
        $spa.Experiences.BitValue | Should -Be @(1, 2, 4, 8)
    }

    It 'filters by type and status' {
        $experiences = (Get-SgVoucher -Type Experience).Id
        $experiences | Should -Contain '280'
        $experiences | Should -Not -Contain '270'
        $active = (Get-SgVoucher -Status Active).Id
        $active | Should -Contain '270'
        $active | Should -Not -Contain '290'
        $active | Should -Not -Contain '291'
    }

    It 'reports a name or id that matches nothing' {
        Get-SgVoucher -Name 'No Such Voucher' -ErrorAction SilentlyContinue -ErrorVariable missing | Should -BeNullOrEmpty
        $missing[0].FullyQualifiedErrorId | Should -Be 'VoucherNotFound,SmartGift.Commands.GetSgVoucherCommand'
        Get-SgVoucher -Id 999 -ErrorAction SilentlyContinue -ErrorVariable missing | Should -BeNullOrEmpty
        $missing[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'serves queries from the cache and reloads only with -Force' {
        $before = Get-VoucherListCount
        Get-SgVoucher | Out-Null
        Get-SgVoucher -Name 'Spa*' | Out-Null
        Get-VoucherListCount | Should -Be $before
        Get-SgVoucher -Force | Out-Null
        Get-VoucherListCount | Should -Be ($before + 1)
    }

    It 'completes voucher ids and names from the cache without a request' {
        $before = Get-VoucherListCount
        $ids = (Complete-Input 'Get-SgVoucher -Id 27').CompletionMatches.CompletionText
        $ids | Should -Contain '270'
        $ids | Should -Contain '271'
        $names = (Complete-Input 'Get-SgVoucher -Name Spa').CompletionMatches.CompletionText
        $names | Should -Contain "'Spa Day for Two'"
        Get-VoucherListCount | Should -Be $before
    }
}

Describe 'Get-SgPaymentMethod' {
    It 'lists the payment methods' {
        $methods = Get-SgPaymentMethod
        $methods[0] | Should -BeOfType ([SmartGift.PaymentMethod])
        ($methods | Sort-Object Id).Name | Should -Be @('Card', 'Cash')
    }

    It 'filters by name with wildcards and by id' {
        (Get-SgPaymentMethod -Name 'Ca*').Count | Should -Be 2
        (Get-SgPaymentMethod -Id 12).Name | Should -Be 'Cash'
        (Get-SgPaymentMethod -Force -Name Card).Id | Should -Be '11'
    }

    It 'reports an unknown id' {
        Get-SgPaymentMethod -Id 99 -ErrorAction SilentlyContinue -ErrorVariable missing | Should -BeNullOrEmpty
        $missing[0].FullyQualifiedErrorId | Should -Be 'PaymentMethodNotFound,SmartGift.Commands.GetSgPaymentMethodCommand'
    }

    It 'completes payment method ids for New-SgSale' {
        (Complete-Input 'New-SgSale -PaymentMethodId 1').CompletionMatches.CompletionText | Should -Contain '11'
    }
}

# Issue 21, finding 6: Tab offered file names for these parameters, and internal words for -Type and -Status.
Describe 'Completion offers what the parameter takes, never file names' {
    BeforeAll {
        # A file in the current folder that file-name completion would offer.
        Push-Location $TestDrive
        $null = New-Item -ItemType File -Path (Join-Path $TestDrive 'sales-export.csv') -Force
        $null = Get-SgVoucher
        function Get-Completion([string] $Line) { @((Complete-Input $Line).CompletionMatches.CompletionText) }
    }
    AfterAll { Pop-Location }

    It 'the test folder has a file that file-name completion offers' {
        Get-Completion 'Get-Content ' | Should -Contain './sales-export.csv'
    }

    It '-Experience offers the catalogue''s experience names (of -CatalogueVoucherId when given)' {
        $all = Get-Completion 'Invoke-SgRedeem -VoucherNumber DEMO000006 -Experience '
        $all | Should -Contain "'Spa Access'"
        $all | Should -Contain 'Massage'
        $all | Should -Not -Contain './sales-export.csv'
        Get-Completion 'Invoke-SgRedeem -VoucherNumber DEMO000006 -CatalogueVoucherId 280 -Experience Ma' | Should -Be @('Massage')
    }

    It '-Experience offers nothing, not file names, for a session that has not read the catalogue' {
        $other = Connect-TestSession -Name NoCatalogue -Key sk_test_sister
        try { Get-Completion 'Invoke-SgRedeem -Session NoCatalogue -VoucherNumber X -Experience ' | Should -BeNullOrEmpty }
        finally { Disconnect-SgService -Name NoCatalogue; $null = Connect-TestSession -Name Demo; $null = Get-SgVoucher }
    }

    It '-DeliveryMethod offers a delivery method id' {
        $offered = Get-Completion 'New-SgSale -DeliveryMethod '
        $offered | Should -Contain '12'
        $offered | Should -Not -Contain './sales-export.csv'
    }

    It 'Set-SgJournalRecord -Key offers the keys that wait for a decision' {
        Invoke-MockControl faults -Method Post -Body @{ method = 'POST'; path = '/redeem'; kind = 'fail_after'; status = 500; count = 1 } | Out-Null
        $null = Invoke-SgRedeem DEMO000001 1 -Reference 'tab-unknown-1' -ErrorAction SilentlyContinue
        (Get-SgJournalRecord).Key | Should -Contain 'tab-unknown-1'
        $offered = Get-Completion 'Set-SgJournalRecord -Key tab-'
        $offered | Should -Be @('tab-unknown-1')
        Get-Completion 'Set-SgJournalRecord -Key ' | Should -Not -Contain './sales-export.csv'
        $null = Set-SgJournalRecord -Key 'tab-unknown-1' -Absent -Confirm:$false
    }

    It '-Type and -Status offer the catalogue''s words, not Unknown or Other, and still accept them' {
        Get-Completion 'Get-SgVoucher -Type ' | Should -Be @('Monetary', 'Experience')
        Get-Completion 'Get-SgVoucher -Status ' | Should -Be @('Active', 'Hidden', 'Disabled')
        { Get-SgVoucher -Type Unknown } | Should -Not -Throw
        { Get-SgVoucher -Status other } | Should -Not -Throw
        { Get-SgVoucher -Type Cardboard } | Should -Throw -ExpectedMessage "*'Cardboard' is not one of Monetary, Experience, Unknown*"
    }
}
