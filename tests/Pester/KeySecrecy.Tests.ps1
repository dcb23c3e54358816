# The API key never reaches any stream, the transcript, $Error or an export, on the paths a user
# drives: connecting (with -Verbose and -Debug), queries, a sale, a refused redemption, a refused key.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'The API key' {
    BeforeAll {
        Remove-AllSessions
        $transcript = Join-Path $TestDrive 'transcript.txt'
        $export = Join-Path $TestDrive 'session.clixml'
        $wrongKey = 'sk_live_NeverShowThis0123'
        $ps = [powershell]::Create()
        $null = $ps.AddScript(@"
Start-Transcript -Path '$transcript' | Out-Null
`$VerbosePreference = 'Continue'; `$DebugPreference = 'Continue'; `$InformationPreference = 'Continue'
Import-Module '$ModuleManifest'
`$session = Connect-SgService -ApiKey (ConvertTo-SecureString 'sk_test_demo' -AsPlainText -Force) -BaseUri '$($SgTest.MockUri)' -SiteId 1 -PassThru
`$session | Format-List * | Out-String
`$session | Export-Clixml -Path '$export'
Get-SgSession | Format-Table | Out-String
Get-SgVoucher | Out-String
Import-Csv '$SalesCsv' | Select-Object -First 1 | New-SgSale -JournalPath '$(Join-Path $TestDrive 'k.jsonl')' | Out-String
Invoke-SgRedeem DEMO000004 -Value 1.00
try { Connect-SgService -Name Wrong -ApiKey (ConvertTo-SecureString '$wrongKey' -AsPlainText -Force) -BaseUri '$($SgTest.MockUri)' } catch { `$_ | Out-String }
`$Error | Format-List * -Force | Out-String
Stop-Transcript | Out-Null
"@)
        $output = $ps.Invoke() | Out-String
        $streams = @($ps.Streams.Error; $ps.Streams.Verbose; $ps.Streams.Debug; $ps.Streams.Warning; $ps.Streams.Information) | Out-String
        $errors = $ps.Streams.Error | ForEach-Object { $_.Exception.ToString(); $_.ErrorDetails.Message; $_.ErrorDetails.RecommendedAction } | Out-String
        $ps.Dispose()
        $everything = @{
            output     = $output
            streams    = $streams
            exceptions = $errors
            transcript = Get-Content $transcript -Raw
            clixml     = Get-Content $export -Raw
            journal    = Get-Content (Join-Path $TestDrive 'k.jsonl') -Raw
        }
    }

    It 'was used: the run connected, sold, was refused, and masked the key where it shows it' {
        $everything.output | Should -Match 'sk_\.\.\.demo'
        $everything.output | Should -Match 'Confirmed'
        $everything.streams | Should -Match 'VoucherExpired|expired'
        $everything.streams | Should -Match 'Unauthenticated|refused'
    }

    It 'is in no <_>' -ForEach @('output', 'streams', 'exceptions', 'transcript', 'clixml', 'journal') {
        $everything[$_] | Should -Not -BeNullOrEmpty
        $everything[$_] | Should -Not -Match 'sk_test_demo'
        $everything[$_] | Should -Not -Match 'NeverShowThis'
    }
}

# Issue 22 finding 3: a key with CR/LF once went raw into the request (an extra header); it is
# refused where it enters, naming where it came from, never showing it. A trailing newline is trimmed.
Describe 'A key that cannot be meant' {
    BeforeAll { Remove-AllSessions }
    AfterAll { Remove-AllSessions }

    It 'is refused from -ApiKey when it holds a line break, without showing it' {
        $thrown = { Connect-SgService -Name Injected -ApiKey (ConvertTo-TestKey "sk_test_demo`r`nX-Injected: yes") -BaseUri $SgTest.MockUri } | Should -Throw -PassThru
        $thrown.FullyQualifiedErrorId | Should -Be 'InvalidApiKey,SmartGift.Commands.ConnectSgServiceCommand'
        $thrown.Exception.Message | Should -Match '-ApiKey'
        $thrown.Exception.Message | Should -Match 'line break'
        $thrown.Exception.Message | Should -Not -Match 'sk_test_demo|Injected'
        Get-SgSession -Name 'Injected*' | Should -BeNullOrEmpty
    }

    It 'is refused from SMARTGIFT_API_KEY when it holds an escape, naming the variable' {
        $saved = $env:SMARTGIFT_API_KEY
        try {
            $env:SMARTGIFT_API_KEY = "sk_test_demo`e[2K"
            $thrown = { Connect-SgService -Name FromEnvironment -BaseUri $SgTest.MockUri } | Should -Throw -PassThru
            $thrown.FullyQualifiedErrorId | Should -Be 'InvalidApiKey,SmartGift.Commands.ConnectSgServiceCommand'
            $thrown.Exception.Message | Should -Match 'SMARTGIFT_API_KEY'
            $thrown.Exception.Message | Should -Not -Match 'sk_test_demo'
        }
        finally { $env:SMARTGIFT_API_KEY = $saved }
    }

    It 'connects when the key only ends with a newline (a file-backed secret)' {
        $session = Connect-SgService -Name Trailing -ApiKey (ConvertTo-TestKey "sk_test_demo`n") -BaseUri $SgTest.MockUri -PassThru
        $session.Name | Should -Be 'Trailing'
    }
}
