# Issue 19, finding 2, the PowerShell form (the CLI's is tests/SmartGift.Cli.Tests/AmbiguousExperienceTests.cs):
# with "Dinner Day" (Lunch bit 1, Dinner bit 2) beside "Spa Day for Two" (Lunch bit 2), a name that
# means two bits is refused until the catalogue voucher is given, never settled by elimination.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $seed = Get-Content -Raw (Join-Path $RepoRoot 'src/SmartGift.MockServer/Seed/demo-seed.json') | ConvertFrom-Json -Depth 20
    $seed.companies[0].vouchers += [pscustomobject]@{
        id = 281; name = 'Dinner Day'; description = 'Lunch and dinner.'; image = 'https://images.devsmartgift.co.uk/vouchers/281.jpg'
        status = 'active'; type = 'experience'; price = 90.00
        experiences = @([pscustomobject]@{ id = 5; name = 'Lunch'; bit_value = 1 }, [pscustomobject]@{ id = 6; name = 'Dinner'; bit_value = 2 })
    }
    $seedPath = Join-Path $TestDrive 'dinner-day-seed.json'
    $seed | ConvertTo-Json -Depth 20 | Set-Content -Path $seedPath
    # The mock server reads its seed from SMARTGIFT_MOCK_SEED (docs/mock-server.md).
    $env:SMARTGIFT_MOCK_SEED = $seedPath
    try { $null = Start-TestMockServer } finally { $env:SMARTGIFT_MOCK_SEED = $null }
    Remove-AllSessions
    $null = Connect-TestSession -Name Demo
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'An experience name that means two bits' {
    BeforeEach { Reset-Mock }

    It 'is refused by Invoke-SgRedeem, naming the record, the field and both catalogue vouchers, and nothing is sent' {
        $before = @(Get-MockRedemptions).Count
        $result = Invoke-SgRedeem DEMO000006 -Experience Lunch, Dinner -ErrorVariable refused -ErrorAction SilentlyContinue
        $result.Status | Should -Be 'Failed'
        $refused.Count | Should -Be 1
        "$refused" | Should -BeLike "*DEMO000006*experiences: Experience 'Lunch' is ambiguous: it is bit_value 2 in catalogue voucher 280 'Spa Day for Two', bit_value 1 in catalogue voucher 281 'Dinner Day'*-CatalogueVoucherId*"
        @(Get-MockRedemptions).Count | Should -Be $before
    }

    It 'is settled by a row''s Catalogue Voucher ID column, or -CatalogueVoucherId' {
        $csv = Join-Path $TestDrive 'ambiguous.csv'
        Set-Content -Path $csv -Value @('Reference,Voucher No,Site ID,Experiences,Catalogue Voucher ID', 'A-1,DEMO000006,1,Lunch,280')
        $piped = Import-Csv $csv | Invoke-SgRedeem -JournalPath (Join-Path $TestDrive 'ambiguous.jsonl')
        $piped.Status | Should -Be 'Confirmed'
        $piped.ExperienceBits | Should -Be 2
        # Dinner Day's Lunch, as told: bit 1 (Spa Day's Spa Access on this voucher; the operator's choice, not a guess).
        (Invoke-SgRedeem DEMO000006 -Experience Lunch -CatalogueVoucherId 281).ExperienceBits | Should -Be 1
    }
}
