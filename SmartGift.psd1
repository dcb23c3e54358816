#
# Module manifest for SmartGift: cmdlets for the Smart Gift gift-voucher API.
# The build lays the module out in out/SmartGift/<ModuleVersion>/ (see docs/powershell.md).
# This is the template: the build writes <Version> from Directory.Build.props into the module
# folder's copy (ModuleVersion below stays 0.0.0 here). Change the version there.
#
@{
    RootModule           = 'SmartGift.PowerShell.dll'
    ModuleVersion        = '0.0.0'
    GUID                 = '5b0f7c52-3a2e-4d5e-9a57-0c6b8f1d2e41'
    Author               = 'SmartGift contributors'
    CompanyName          = 'SmartGift'
    Copyright            = 'Copyright (c) SmartGift contributors'
    Description          = 'Bulk-import gift-voucher sales from CSV, redeem and hold vouchers, reconcile imports and query the catalogue of the Smart Gift API, without ever selling or redeeming twice.'
    CompatiblePSEditions = @('Desktop', 'Core')
    PowerShellVersion    = '5.1'
    FormatsToProcess     = @('SmartGift.Format.ps1xml')
    CmdletsToExport      = @(
        'Connect-SgService'
        'Disconnect-SgService'
        'Get-SgSession'
        'Get-SgVoucher'
        'Get-SgPaymentMethod'
        'New-SgSale'
        'Invoke-SgRedeem'
        'Lock-SgVoucher'
        'Compare-SgSale'
        'Compare-SgRedemption'
        'Get-SgJournalRecord'
        'Set-SgJournalRecord'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('SmartGift', 'GiftVoucher', 'Voucher', 'Sales', 'CSV', 'Reconciliation', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ReleaseNotes = 'First release: Connect-SgService, Get-SgVoucher, Get-SgPaymentMethod, New-SgSale (journaled CSV import), Invoke-SgRedeem, Lock-SgVoucher, Compare-SgSale. Supports Windows PowerShell 5.1 and PowerShell 7.4.2 or later.'
        }
    }
}
