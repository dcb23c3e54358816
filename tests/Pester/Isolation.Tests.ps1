# DESIGN 14: the module's dependencies load in a context of their own, so other modules' versions
# of them neither break SmartGift nor are changed by it. Each case runs in a fresh child pwsh.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $null = Start-TestMockServer
    $packages = $env:SMARTGIFT_NUGET_PACKAGES
    $oldPolly = Join-Path $packages 'polly.core/8.1.0/lib/netstandard2.0/Polly.Core.dll'
    $oldCsvHelper = Join-Path $packages 'csvhelper/30.0.1/lib/netstandard2.0/CsvHelper.dll'
}

AfterAll { Stop-TestMockServer }

Describe 'Dependency isolation' {
    It 'has the older Polly.Core and CsvHelper to load first' {
        $oldPolly | Should -Exist
        $oldCsvHelper | Should -Exist
    }

    It 'connects, sells, redeems and reconciles after older Polly.Core and CsvHelper were loaded first' {
        $run = Invoke-ChildPwsh @"
`$ErrorActionPreference = 'Stop'
Add-Type -Path '$oldPolly'
Add-Type -Path '$oldCsvHelper'
Import-Module '$ModuleManifest'
`$key = ConvertTo-SecureString -String 'sk_test_demo' -AsPlainText -Force
Connect-SgService -ApiKey `$key -BaseUri '$($SgTest.MockUri)' -SiteId 1 | Out-Null
`$journal = Join-Path ([IO.Path]::GetTempPath()) ('iso-' + [guid]::NewGuid() + '.jsonl')
`$sold = Import-Csv '$SalesCsv' | Select-Object -First 1 | New-SgSale -JournalPath `$journal
`$redeemed = Invoke-SgRedeem -VoucherNo DEMO000001 -Value 1.00
`$summary = Import-Csv '$SalesCsv' | Select-Object -First 1 | Compare-SgSale -JournalPath `$journal -Summary
Remove-Item `$journal, "`$journal.lock" -ErrorAction SilentlyContinue
"RESULT `$(`$sold.Status) `$(`$redeemed.Status) `$(`$summary.Confirmed)"
"@
        $run.Output | Should -Not -Match 'MissingMethodException|Exception'
        $run.Output | Should -Match 'RESULT Confirmed Confirmed 1'
        $run.ExitCode | Should -Be 0
    }

    It 'leaves a module loaded later its own Polly.Core and CsvHelper' {
        $run = Invoke-ChildPwsh @"
`$ErrorActionPreference = 'Stop'
Import-Module '$ModuleManifest'
`$key = ConvertTo-SecureString -String 'sk_test_demo' -AsPlainText -Force
Connect-SgService -ApiKey `$key -BaseUri '$($SgTest.MockUri)' -SiteId 1 | Out-Null
Get-SgVoucher | Out-Null
Add-Type -Path '$oldPolly'
Add-Type -Path '$oldCsvHelper'
"POLLY `$([Polly.ResiliencePipeline].Assembly.Location)"
"CSV `$([CsvHelper.CsvReader].Assembly.Location)"
"@
        $run.Output | Should -Match ([regex]::Escape("POLLY $oldPolly"))
        $run.Output | Should -Match ([regex]::Escape("CSV $oldCsvHelper"))
        $run.ExitCode | Should -Be 0
    }

    It 'still resolves its own types by name, such as [SmartGift.OrderResult]' {
        $run = Invoke-ChildPwsh @"
Import-Module '$ModuleManifest'
"TYPE `$([SmartGift.OrderResult].FullName) `$([SmartGift.VoucherStatus]::Active)"
"@
        $run.Output | Should -Match 'TYPE SmartGift.OrderResult Active'
    }
}
