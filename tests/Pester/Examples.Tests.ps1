# Every example in docs/cmdlets runs verbatim against the mock server. Each runs in a runspace of
# its own (an example may end with exit), in a folder holding the sample files under the names the
# examples use, with a default session already connected where the example does not connect.
# Inputs an example needs from outside this machine are supplied, and the test's name says so:
# a typed key (Read-Host), a vault (Get-Secret), a Windows path, the published Smart Gift host, and
# for the journal cmdlets the journals of an earlier faulted run (made here by real imports whose
# answers the mock drops for the orders and redemptions the examples settle).
BeforeDiscovery {
    $examples = foreach ($page in Get-ChildItem (Join-Path $PSScriptRoot '../../docs/cmdlets') -Filter '*.md') {
        $lines = Get-Content $page.FullName
        $title = $null; $inCode = $false; $code = $null
        foreach ($line in $lines) {
            if ($line -match '^### (Example \d+: .+)$') { $title = $Matches[1]; $code = $null; continue }
            if ($line -match '^## ' -and $line -ne '## EXAMPLES') { $title = $null }
            if ($title -and $line -match '^```') {
                if ($inCode) {
                    @{ Cmdlet = $page.BaseName; Title = $title; Code = ($code -join "`n") }
                    $title = $null
                }
                $inCode = -not $inCode
                $code = @()
                continue
            }
            if ($inCode) { $code += $line }
        }
    }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer

    # What a few examples need from outside this machine, and what is given in its place.
    $supplied = @(
        @{ Text = '\\till\exports\sales.csv'; With = '.\sales.csv'; Why = 'a Windows share' }
        @{ Text = 'D:\SmartGift\sales.jsonl'; With = '.\sales.jsonl'; Why = 'a Windows drive' }
        @{ Text = 'http://127.0.0.1:5080'; With = $SgTest.MockUri.ToString().TrimEnd('/'); Why = 'the mock server''s port' }
    )
    # The data errors the sample files hold on purpose: an example that reads one shows these and no others.
    function Test-SampleError($Record, [string] $Code) {
        # sales.csv: order S-1013's invalid e-mail address.
        if ($Code -match 'sales\.csv' -and $Record.FullyQualifiedErrorId -like 'Validation,*' -and "$($Record.ErrorDetails.Message)" -match 'S-1013') { return $true }
        # redemptions.csv: the expired DEMO000004 and the fully redeemed DEMO000003 (with any hold taken first).
        if ($Code -match 'redemptions\.csv' -and $Record.FullyQualifiedErrorId -match '^(VoucherExpired|VoucherFullyRedeemed),') { return $true }
        $false
    }

    # An import whose answers are lost for the given records: they are Unknown in its journal.
    function New-FaultedJournal([string] $Folder) {
        $null = Connect-TestSession -Name Demo
        $sales = Import-Csv (Join-Path $Folder 'sales.csv')
        foreach ($id in $sales.order_id | Select-Object -Unique) {
            if ($id -in 'S-1004', 'S-1007') { Invoke-MockControl faults -Method Post -Body @{ method = 'POST'; path = '/pos-sale'; kind = 'drop_after'; count = 1 } | Out-Null }
            $null = $sales | Where-Object order_id -eq $id | New-SgSale -JournalPath (Join-Path $Folder 'sales.jsonl') -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        }
        foreach ($row in Import-Csv (Join-Path $Folder 'redemptions.csv')) {
            if ($row.reference -in 'R-0003', 'R-0004') { Invoke-MockControl faults -Method Post -Body @{ method = 'POST'; path = '/redeem'; kind = 'drop_after'; count = 1 } | Out-Null }
            $null = $row | Invoke-SgRedeem -JournalPath (Join-Path $Folder 'redemptions.jsonl') -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        }
        Invoke-MockControl faults -Method Delete | Out-Null
    }

    function Invoke-Example([string] $Code) {
        foreach ($s in $supplied) { $Code = $Code.Replace($s.Text, $s.With) }
        $folder = Join-Path $TestDrive ([guid]::NewGuid())
        $null = New-Item -ItemType Directory $folder
        Copy-Item $SalesCsv, $RedemptionsCsv $folder
        Reset-Mock
        if ($Code -match 'SgJournalRecord') { New-FaultedJournal $folder }
        Remove-AllSessions
        $connects = $Code -match '(?<!Dis)Connect-SgService'
        $prelude = @"
Set-Location '$folder'
Import-Module '$ModuleManifest'
# Supplied: the key an operator would type at the prompt, and a vault holding it.
function Read-Host { param([switch] `$AsSecureString, `$Prompt) ConvertTo-SecureString 'sk_test_demo' -AsPlainText -Force }
function Get-Secret { param(`$Name, `$Vault) ConvertTo-SecureString 'sk_test_demo' -AsPlainText -Force }
`$demoKey = ConvertTo-SecureString 'sk_test_demo' -AsPlainText -Force
`$sisterKey = ConvertTo-SecureString 'sk_test_sister' -AsPlainText -Force
# Supplied: the published host is replaced by the mock server.
`$PSDefaultParameterValues['Connect-SgService:BaseUri'] = '$($SgTest.MockUri)'
# Where the example does not connect: two companies connected, the demo venue last (the default).
$(if (-not $connects) { "Connect-SgService -Name Sister -ApiKey `$sisterKey -SiteId 3 | Out-Null; Connect-SgService -ApiKey `$demoKey -SiteId 1 | Out-Null" })
"@
        $ps = [powershell]::Create()
        try {
            $null = $ps.AddScript($prelude + "`n" + $Code + "`n")
            $output = $ps.Invoke()
            [pscustomobject]@{ Output = $output; Errors = @($ps.Streams.Error); Failed = $ps.HadErrors -and $ps.InvocationStateInfo.Reason }
        }
        finally {
            $ps.Dispose()
            Remove-Item Env:SMARTGIFT_API_KEY -ErrorAction SilentlyContinue
        }
    }
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'Examples in docs/cmdlets' {
    It '<Cmdlet> <Title> runs verbatim' -ForEach $examples {
        $run = Invoke-Example $Code
        $run.Failed | Should -BeFalse -Because "the example stopped: $($run.Failed)"
        $unexpected = @($run.Errors | Where-Object {
                -not (Test-SampleError $_ $Code) -and
                -not ($Title -match 'Alert from a scheduled task' -and $_.Exception.Message -match 'SmartGift reconciliation')
            })
        $unexpected | ForEach-Object { "$($_.FullyQualifiedErrorId): $_" } | Should -BeNullOrEmpty
    }
}
