BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
}

Describe 'The SmartGift module' {
    It 'exports exactly the cmdlets of its manifest' {
        $manifest = Import-PowerShellDataFile $ModuleManifest
        $exported = (Get-Command -Module SmartGift).Name | Sort-Object
        $exported | Should -Be ($manifest.CmdletsToExport | Sort-Object)
        (Get-Command -Module SmartGift -CommandType Function, Alias) | Should -BeNullOrEmpty
    }

    It 'is the version of the manifest and loads its own assembly' {
        (Get-Module SmartGift).Version | Should -Be ([Version]$ModuleVersion)
        (Get-Command New-SgSale).ImplementingType.FullName | Should -Be 'SmartGift.Commands.NewSgSaleCommand'
    }

    It 'shows the help of <Name> from the MAML file' -ForEach @(
        @{ Name = 'Connect-SgService' }, @{ Name = 'Disconnect-SgService' }, @{ Name = 'Get-SgSession' },
        @{ Name = 'Get-SgVoucher' }, @{ Name = 'Get-SgPaymentMethod' }, @{ Name = 'New-SgSale' },
        @{ Name = 'Invoke-SgRedeem' }, @{ Name = 'Lock-SgVoucher' }, @{ Name = 'Compare-SgSale' }
    ) {
        $page = Get-Content (Join-Path $RepoRoot "docs/cmdlets/$Name.md")
        $synopsis = $page[([Array]::IndexOf($page, '## SYNOPSIS') + 1)]
        $help = Get-Help $Name -Full
        $help.Synopsis | Should -Be $synopsis
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 2
        $help.Description | Should -Not -BeNullOrEmpty
    }

    It 'documents the snake_case aliases in the parameter help' {
        (Get-Help New-SgSale -Parameter OrderId).Aliases | Should -Match 'order_id'
    }

    It 'has a default table view for every output type' -ForEach @(
        'SmartGift.Voucher', 'SmartGift.Experience', 'SmartGift.PaymentMethod', 'SmartGift.VoucherHold', 'SmartGift.OrderResult',
        'SmartGift.RedemptionResult', 'SmartGift.ReconciliationRow', 'SmartGift.ReconciliationSummary', 'SmartGift.SmartGiftSession'
    ) {
        Get-FormatData -TypeName $_ | Should -Not -BeNullOrEmpty
    }

    Context 'without a session' {
        BeforeAll { Get-SgSession | Disconnect-SgService }

        It '<Command> stops and says to run Connect-SgService' -ForEach @(
            @{ Command = { Get-SgVoucher }; Id = 'NotConnected,SmartGift.Commands.GetSgVoucherCommand' },
            @{ Command = { Get-SgPaymentMethod }; Id = 'NotConnected,SmartGift.Commands.GetSgPaymentMethodCommand' },
            @{ Command = { Lock-SgVoucher DEMO000001 }; Id = 'NotConnected,SmartGift.Commands.LockSgVoucherCommand' },
            @{ Command = { New-SgSale -OrderId 1 -VoucherId 270 }; Id = 'NotConnected,SmartGift.Commands.NewSgSaleCommand' },
            @{ Command = { Invoke-SgRedeem DEMO000001 1.00 }; Id = 'NotConnected,SmartGift.Commands.InvokeSgRedeemCommand' }
        ) {
            $thrown = { & $Command } | Should -Throw -PassThru
            $thrown.FullyQualifiedErrorId | Should -Be $Id
            $thrown.Exception.Message | Should -Match 'Connect-SgService'
        }
    }
}

Describe 'Help a user can reach' {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
        Import-Module $ModuleManifest -Force
        # The project has no published address: a link to this placeholder led nowhere (issue 21, finding 9).
        $placeholder = 'github.com/smartgift'
    }

    It '<_> has full help offline and no link to the placeholder address' -ForEach @(
        (Import-PowerShellDataFile (Join-Path $PSScriptRoot '../../SmartGift.psd1')).CmdletsToExport
    ) {
        (Get-Command $_).HelpUri | Should -BeNullOrEmpty
        $help = Get-Help $_ -Full
        $help.examples.example.Count | Should -BeGreaterThan 0
        @($help.relatedLinks.navigationLink | ForEach-Object { "$($_.linkText) $($_.uri)" }) -join "`n" | Should -Not -Match $placeholder
        $help | Out-String -Width 300 | Should -Not -Match $placeholder
    }

    It 'docs/powershell.md''s cmdlet table lists every exported cmdlet, each linked to its page (issue 21, finding 9)' {
        $table = @(Get-Content (Join-Path $RepoRoot 'docs/powershell.md') | Where-Object { $_ -match '^\| \[[A-Z][a-z]+-Sg\w+\]\(cmdlets/' } |
            ForEach-Object { if ($_ -match '^\| \[([^\]]+)\]\(cmdlets/([^)]+)\.md\)') { $Matches[1]; $Matches[1] | Should -Be $Matches[2] } })
        $exported = @((Get-Module SmartGift).ExportedCmdlets.Keys)
        $exported.Count | Should -BeGreaterThan 10
        @($exported | Where-Object { $_ -notin $table }) | Should -BeNullOrEmpty -Because 'every cmdlet needs a row in docs/powershell.md'
        @($table | Where-Object { $_ -notin $exported }) | Should -BeNullOrEmpty
    }

    It 'the manifest and about_SmartGift name no placeholder address' {
        Get-Content (Join-Path $RepoRoot 'SmartGift.psd1') -Raw | Should -Not -Match $placeholder
        Get-Help about_SmartGift | Out-String | Should -Not -Match $placeholder
    }

    It 'has an about_SmartGift topic on sessions, the journal, Unknown and the rate limit' {
        $topic = Get-Help about_SmartGift | Out-String
        $topic | Should -Match 'SESSIONS'
        $topic | Should -Match 'THE JOURNAL'
        $topic | Should -Match 'UNKNOWN'
        $topic | Should -Match 'RATE LIMIT'
    }
}
