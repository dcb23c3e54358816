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

Describe 'Invoke-SgRedeem' {
    BeforeEach {
        Reset-Mock
        # The seed may hold earlier redemptions (DEMO000002, DEMO000007): count what this test adds.
        $seeded = @(Get-MockRedemptions).Count
    }

    It 'redeems an amount from a monetary voucher' {
        $result = Invoke-SgRedeem -VoucherNumber DEMO000001 -Value 10.00
        $result | Should -BeOfType ([SmartGift.RedemptionResult])
        $result.Status | Should -Be 'Confirmed'
        $result.Amount | Should -Be 10.00
        $result.SiteId | Should -Be '1'
        @(Get-MockRedemptions).Count | Should -Be ($seeded + 1)
    }

    It 'redeems experiences by name' {
        $result = Invoke-SgRedeem -VoucherNumber DEMO000006 -Experience 'Spa Access', 'Massage'
        $result.Status | Should -Be 'Confirmed'
        $result.ExperienceBits | Should -Be 5
    }

    It 'redeems experiences given as objects from Get-SgVoucher' {
        $lunch = (Get-SgVoucher -Id 280).Experiences | Where-Object Name -eq 'Lunch'
        (Invoke-SgRedeem -VoucherNumber DEMO000006 -Experience $lunch).ExperienceBits | Should -Be 2
    }

    It 'refuses <Voucher> with the error id <ErrorId>' -ForEach @(
        @{ Voucher = 'DEMO000003'; Site = '1'; ErrorId = 'VoucherFullyRedeemed'; Category = 'InvalidOperation' }
        @{ Voucher = 'DEMO000004'; Site = '1'; ErrorId = 'VoucherExpired'; Category = 'InvalidOperation' }
        @{ Voucher = 'DEMO000005'; Site = '1'; ErrorId = 'VoucherExpired'; Category = 'InvalidOperation' }
        @{ Voucher = 'SIST000001'; Site = '1'; ErrorId = 'VoucherNotOwned'; Category = 'PermissionDenied' }
        @{ Voucher = 'NOPE'; Site = '1'; ErrorId = 'VoucherInvalid'; Category = 'ObjectNotFound' }
        @{ Voucher = 'DEMO000001'; Site = '3'; ErrorId = 'SiteInvalid'; Category = 'InvalidArgument' }
    ) {
        $result = Invoke-SgRedeem -VoucherNumber $Voucher -Value 1.00 -SiteId $Site -ErrorAction SilentlyContinue -ErrorVariable refused
        $result.Status | Should -Be 'Failed'
        $refused.Count | Should -Be 1
        $refused[0].FullyQualifiedErrorId | Should -Be "$ErrorId,SmartGift.Commands.InvokeSgRedeemCommand"
        $refused[0].CategoryInfo.Category | Should -Be $Category
        @(Get-MockRedemptions).Count | Should -Be $seeded
    }

    It 'refuses a voucher held by someone else' {
        $null = Lock-SgVoucher DEMO000002
        Invoke-SgRedeem -VoucherNumber DEMO000002 -Value 1.00 -ErrorAction SilentlyContinue -ErrorVariable refused | Out-Null
        $refused[0].FullyQualifiedErrorId | Should -Be 'VoucherAlreadyHeld,SmartGift.Commands.InvokeSgRedeemCommand'
    }

    It 'goes on after a refused row and keeps it as an error record (redemptions.csv)' {
        $results = Import-Csv $RedemptionsCsv | Invoke-SgRedeem -JournalPath (Join-Path $TestDrive 'redemptions.jsonl') -ErrorAction SilentlyContinue -ErrorVariable refused
        $results.Reference | Should -Be @('R-0001', 'R-0002', 'R-0003', 'R-0004', 'R-0005')
        ($results | Where-Object Status -eq 'Confirmed').Reference | Should -Be @('R-0001', 'R-0002', 'R-0003', 'R-0004')
        $refused.Count | Should -Be 1
        $refused[0].FullyQualifiedErrorId | Should -Be 'VoucherExpired,SmartGift.Commands.InvokeSgRedeemCommand'
        $refused[0].TargetObject.reference | Should -Be 'R-0005'
    }

    It '-WhatIf sends nothing' {
        $results = Invoke-SgRedeem -VoucherNumber DEMO000001 -Value 10.00 -WhatIf
        $results.Status | Should -Be 'Skipped'
        @(Get-MockRedemptions).Count | Should -Be $seeded
    }

    It 'uses the named session and its site' {
        (Invoke-SgRedeem -VoucherNumber SIST000001 -Value 5.00 -Session Sister).Status | Should -Be 'Confirmed'
    }
}

Describe 'Lock-SgVoucher' {
    BeforeEach { Reset-Mock }

    It 'holds a voucher for five minutes' {
        $hold = Lock-SgVoucher DEMO000001
        $hold | Should -BeOfType ([SmartGift.VoucherHold])
        $hold.VoucherNumber | Should -Be 'DEMO000001'
        $hold.HoldToken | Should -Match '^hold_token_'
        $hold.ExpiresAt | Should -BeOfType ([DateTimeOffset])
        $hold.ExpiresAt | Should -BeGreaterThan ([DateTimeOffset]::MinValue)
    }

    It 'pipes into Invoke-SgRedeem, which sends the hold token' {
        $result = Lock-SgVoucher DEMO000002 | Invoke-SgRedeem -Value 5.00
        $result.Status | Should -Be 'Confirmed'
        $result.VoucherNumber | Should -Be 'DEMO000002'
    }

    It 'takes voucher numbers from the pipeline' {
        ('DEMO000001', 'DEMO000006' | Lock-SgVoucher).VoucherNumber | Should -Be @('DEMO000001', 'DEMO000006')
    }

    It 'refuses a voucher that is already held' {
        $null = Lock-SgVoucher DEMO000001
        Lock-SgVoucher DEMO000001 -ErrorAction SilentlyContinue -ErrorVariable refused | Should -BeNullOrEmpty
        $refused[0].FullyQualifiedErrorId | Should -Be 'VoucherAlreadyHeld,SmartGift.Commands.LockSgVoucherCommand'
    }

    It '-WhatIf holds nothing' {
        Lock-SgVoucher DEMO000001 -WhatIf | Should -BeNullOrEmpty
        (Lock-SgVoucher DEMO000001).HoldToken | Should -Not -BeNullOrEmpty
    }
}
