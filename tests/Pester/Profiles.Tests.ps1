# Connect-SgService -Profile reads the smartgift CLI's profiles (one configuration for both hosts),
# and SMARTGIFT_BASE_URL points a job at a test server without editing it (issue 20, finding 6).
# The profiles are written by the CLI itself, as an operator would.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    $mock = $SgTest.MockUri.ToString()
    $cli = Get-BuiltAssembly 'src/SmartGift.Cli/SmartGift.Cli.csproj' 'SMARTGIFT_TEST_CLI'

    function Invoke-Cli([Parameter(ValueFromRemainingArguments)] [string[]] $Arguments) {
        $output = & dotnet $cli @Arguments 2>&1
        if ($LASTEXITCODE -ne 0) { throw "smartgift $Arguments failed ($LASTEXITCODE): $output" }
    }
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'Connect-SgService -Profile and SMARTGIFT_BASE_URL' {
    BeforeEach {
        $saved = @{ Config = $env:SMARTGIFT_CONFIG_DIR; BaseUrl = $env:SMARTGIFT_BASE_URL; Key = $env:SMARTGIFT_API_KEY }
        $env:SMARTGIFT_CONFIG_DIR = Join-Path $TestDrive ([guid]::NewGuid())
        $env:SMARTGIFT_BASE_URL = $null
        $env:SMARTGIFT_API_KEY = $null
        $env:SG_PROFILE_TEST_KEY = 'sk_test_demo'
        Remove-AllSessions
    }
    AfterEach {
        $env:SMARTGIFT_CONFIG_DIR = $saved.Config
        $env:SMARTGIFT_BASE_URL = $saved.BaseUrl
        $env:SMARTGIFT_API_KEY = $saved.Key
        $env:SG_PROFILE_TEST_KEY = $null
    }

    It 'connects with a CLI profile: its address, site and key variable' {
        Invoke-Cli profile add venue --base-url $mock --site 2 --key-env SG_PROFILE_TEST_KEY
        $session = Connect-SgService -Profile venue -PassThru
        $session.BaseUri | Should -Be $SgTest.MockUri
        $session.DefaultSiteId | Should -Be '2'
        $session.ApiKeyMasked | Should -Be 'sk_...demo'
        @(Get-SgVoucher).Count | Should -BeGreaterThan 0
    }

    It 'takes what it is given over the profile: -SiteId, -ApiKey' {
        Invoke-Cli profile add venue --base-url $mock --site 2 --key-env SG_PROFILE_TEST_KEY
        $session = Connect-SgService -Profile venue -SiteId 3 -ApiKey (ConvertTo-TestKey 'sk_test_sister') -PassThru
        $session.DefaultSiteId | Should -Be '3'
        $session.ApiKeyMasked | Should -Be 'sk_...ster'
    }

    It 'goes where SMARTGIFT_BASE_URL says rather than the profile''s production, and -BaseUri beats the variable' {
        Invoke-Cli profile add nightly --environment production --site 1 --key-env SG_PROFILE_TEST_KEY
        $env:SMARTGIFT_BASE_URL = $mock
        (Connect-SgService -Profile nightly -PassThru).BaseUri | Should -Be $SgTest.MockUri
        $env:SMARTGIFT_BASE_URL = 'http://127.0.0.1:1/'
        (Connect-SgService -Profile nightly -BaseUri $SgTest.MockUri -PassThru).BaseUri | Should -Be $SgTest.MockUri
    }

    It 'uses SMARTGIFT_BASE_URL without a profile, and refuses plain http to another host from it' {
        $env:SMARTGIFT_API_KEY = 'sk_test_demo'
        $env:SMARTGIFT_BASE_URL = $mock
        (Connect-SgService -PassThru).BaseUri | Should -Be $SgTest.MockUri
        $env:SMARTGIFT_BASE_URL = 'http://example.com/'
        { Connect-SgService } | Should -Throw -ErrorId 'InvalidConnection,SmartGift.Commands.ConnectSgServiceCommand'
        { Connect-SgService } | Should -Throw 'The service address from SMARTGIFT_BASE_URL: Plain http is refused*'
    }

    It 'refuses a profile it cannot use, and says why' {
        Invoke-Cli profile add bycommand --base-url $mock --key-command 'echo sk_test_demo'
        { Connect-SgService -Profile bycommand } | Should -Throw -ErrorId 'ProfileKeySourceNotSupported,SmartGift.Commands.ConnectSgServiceCommand'
        { Connect-SgService -Profile nosuch } | Should -Throw -ErrorId 'ProfileNotUsable,SmartGift.Commands.ConnectSgServiceCommand'
        Invoke-Cli profile add venue --base-url $mock --key-env SG_PROFILE_TEST_KEY
        & chmod 666 (Join-Path $env:SMARTGIFT_CONFIG_DIR 'profiles.json')
        { Connect-SgService -Profile venue } | Should -Throw '*can be written by other users*chmod 600*'
    }
}
