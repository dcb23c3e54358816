BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'Connect-SgService' {
    It 'connects with a SecureString key and outputs the session with -PassThru' {
        $session = Connect-TestSession -Name Demo
        $session | Should -BeOfType ([SmartGift.SmartGiftSession])
        $session.Name | Should -Be 'Demo'
        $session.DefaultSiteId | Should -Be '1'
        $session.ApiKeyMasked | Should -Not -Match 'sk_test_demo'
        (Get-SgSession -Default).Name | Should -Be 'Demo'
    }

    It 'connects with a PSCredential whose password is the key' {
        $credential = [PSCredential]::new('ignored', (ConvertTo-TestKey 'sk_test_sister'))
        Connect-SgService -Name Sister -Credential $credential -BaseUri $SgTest.MockUri -SiteId 3
        (Get-SgSession -Default).Name | Should -Be 'Sister'
        (Get-SgSession -Name Sister).DefaultSiteId | Should -Be '3'
    }

    It 'reads the key from SMARTGIFT_API_KEY when no key is given' {
        $saved = $env:SMARTGIFT_API_KEY
        try {
            $env:SMARTGIFT_API_KEY = 'sk_test_demo'
            $session = Connect-SgService -Name FromEnvironment -BaseUri $SgTest.MockUri -PassThru
            $session.Name | Should -Be 'FromEnvironment'
        }
        finally {
            $env:SMARTGIFT_API_KEY = $saved
            Disconnect-SgService -Name FromEnvironment
        }
    }

    It 'refuses an unknown key with a terminating Unauthenticated error and keeps no session' {
        $thrown = { Connect-SgService -Name Wrong -ApiKey (ConvertTo-TestKey 'sk_test_wrong_key_1234') -BaseUri $SgTest.MockUri } | Should -Throw -PassThru
        $thrown.FullyQualifiedErrorId | Should -Be 'Unauthenticated,SmartGift.Commands.ConnectSgServiceCommand'
        $thrown.Exception.Message | Should -Not -Match 'sk_test_wrong_key_1234'
        Get-SgSession -Name 'Wrong*' | Should -BeNullOrEmpty
    }

    It 'refuses -Environment with -BaseUri' {
        { Connect-SgService -Name Both -ApiKey (ConvertTo-TestKey 'sk_test_demo') -Environment Development -BaseUri $SgTest.MockUri } |
            Should -Throw -ErrorId 'EnvironmentAndBaseUri,SmartGift.Commands.ConnectSgServiceCommand'
    }

    It 'says how to install SecretManagement when -SecretName cannot be read from it' -Skip:([bool](Get-Command Get-Secret -ErrorAction SilentlyContinue)) {
        { Connect-SgService -Name Vaulted -SecretName SmartGiftKey -BaseUri $SgTest.MockUri } |
            Should -Throw -ErrorId 'SecretManagementNotInstalled,SmartGift.Commands.ConnectSgServiceCommand'
    }

    It 'never shows the key' {
        (Get-SgSession | Format-List * | Out-String) | Should -Not -Match 'sk_test_demo|sk_test_sister'
        (Get-SgSession | Out-String) | Should -Match 'Demo'
    }
}

Describe 'Named sessions' {
    BeforeAll {
        # Its own sessions, not those the Describe above left behind.
        Remove-AllSessions
        $null = Connect-TestSession -Name Demo -Key 'sk_test_demo' -SiteId 1
        $null = Connect-TestSession -Name Sister -Key 'sk_test_sister' -SiteId 3
    }

    It 'lists the sessions in connection order, the last being the default' {
        (Get-SgSession).Name | Should -Be @('Demo', 'Sister')
        (Get-SgSession -Name 'S*').Name | Should -Be 'Sister'
    }

    It 'takes -Session as a name or a session object' {
        $demo = Get-SgSession -Name Demo
        (Invoke-SgRedeem -VoucherNumber SIST000001 -Value 1.00 -Session Sister -SiteId 3).Status | Should -Be 'Confirmed'
        $result = Invoke-SgRedeem -VoucherNumber SIST000001 -Value 1.00 -Session $demo -SiteId 1 -ErrorAction SilentlyContinue -ErrorVariable refused
        $result.Status | Should -Be 'Failed'
        $refused[0].FullyQualifiedErrorId | Should -Be 'VoucherNotOwned,SmartGift.Commands.InvokeSgRedeemCommand'
    }

    It 'refuses a -Session name that is not connected' {
        { Get-SgVoucher -Session Nobody } | Should -Throw -ErrorId 'ParameterArgumentTransformationError,SmartGift.Commands.GetSgVoucherCommand'
    }

    It 'disconnects by name, and reports a name that is not connected' {
        Connect-TestSession -Name Spare | Out-Null
        Disconnect-SgService -Name Spare
        Get-SgSession -Name 'Spare' -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        Disconnect-SgService -Name Spare -ErrorAction SilentlyContinue -ErrorVariable missing
        $missing[0].FullyQualifiedErrorId | Should -Be 'SessionNotFound,SmartGift.Commands.DisconnectSgServiceCommand'
        (Get-SgSession -Default).Name | Should -Be 'Sister'
    }

    It 'disconnects the default session, making the previous one the default' {
        Disconnect-SgService
        (Get-SgSession -Default).Name | Should -Be 'Demo'
    }
}
