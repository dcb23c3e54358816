# The cmdlets that are not imports count a rate-limit wait down too (seconds left and a percent,
# moved every second, written from the pipeline thread), and stopping them during the wait (what
# Ctrl+C does) ends the wait: nothing more is sent. Each command runs in a runspace of its own so
# that its progress records can be read while it waits. A mock server of this file's own, and a
# key per Describe, so that no other test's rate-limit window is in the way.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer

    # Runs the script in $ps until the countdown has ticked three times (or it ended, or 90 s
    # passed: the wait itself is up to a minute), then stops it as Ctrl+C would.
    function Invoke-UntilCountdown {
        param([powershell] $PowerShell, [string] $Script, [string] $Path)
        $null = $PowerShell.AddScript($Script)
        $run = $PowerShell.BeginInvoke()
        $deadline = [DateTime]::UtcNow.AddSeconds(90)
        do {
            $ticks = @($PowerShell.Streams.Progress | Where-Object StatusDescription -Match '^waiting (\d+) s for the rate limit')
        } until ($ticks.Count -ge 3 -or $run.AsyncWaitHandle.WaitOne(200) -or [DateTime]::UtcNow -gt $deadline)
        $before = @(Get-MockRequests | Where-Object path -EQ $Path).Count
        $PowerShell.Stop()
        [pscustomobject]@{
            Ticks          = $ticks
            RequestsBefore = $before
            RequestsAfter  = @(Get-MockRequests | Where-Object path -EQ $Path).Count
            State          = $PowerShell.InvocationStateInfo.State
        }
    }

    function Test-Countdown($Ticks) {
        $Ticks.Count | Should -BeGreaterOrEqual 3
        $seconds = $Ticks | ForEach-Object { [int]([regex]::Match($_.StatusDescription, '\d+').Value) }
        $seconds[-1] | Should -BeLessThan $seconds[0]
        $Ticks[-1].PercentComplete | Should -BeGreaterThan $Ticks[0].PercentComplete
        $Ticks | ForEach-Object { $_.PercentComplete | Should -BeIn (0..100) }
    }
}

AfterAll { Stop-TestMockServer }

Describe 'A 429 met by Get-SgVoucher' {
    BeforeAll {
        Reset-Mock
        $ps = [powershell]::Create()
        $null = $ps.AddScript(@"
Import-Module '$ModuleManifest'
`$null = Connect-SgService -ApiKey (ConvertTo-SecureString 'sk_test_demo' -AsPlainText -Force) -BaseUri '$($SgTest.MockUri)' -SiteId 1
"@).Invoke()
        $ps.Commands.Clear()
        # The next catalogue read is refused with a 429 whose Retry-After is the rest of the 60 s window.
        Invoke-MockControl faults -Method Post -Body @{ method = 'GET'; path = '/vouchers'; kind = 'fail_before'; status = 429; count = 1 } | Out-Null
        $result = Invoke-UntilCountdown -PowerShell $ps -Script 'Get-SgVoucher -Force' -Path '/vouchers'
        $ps.Dispose()
    }

    AfterAll { Invoke-MockControl faults -Method Delete | Out-Null }

    It 'counts the wait down, with a percent that grows' {
        Test-Countdown $result.Ticks
    }

    It 'ends the wait when stopped, without asking again' {
        $result.State | Should -Be 'Stopped'
        # Connect-SgService's read and the refused one; the retry after the wait never went.
        $result.RequestsBefore | Should -Be 2
        $result.RequestsAfter | Should -Be $result.RequestsBefore
    }
}

Describe 'A spent window met by Connect-SgService' {
    BeforeAll {
        Reset-Mock
        # One request a minute: the catalogue read spends it, the payment methods wait for the next window.
        Invoke-MockControl rate-limit -Method Post -Body @{ limit = 1; window_seconds = 60 } | Out-Null
        $ps = [powershell]::Create()
        $null = $ps.AddScript("Import-Module '$ModuleManifest'").Invoke()
        $ps.Commands.Clear()
        $result = Invoke-UntilCountdown -PowerShell $ps -Path '/payment-methods' -Script @"
Connect-SgService -Name Waiting -ApiKey (ConvertTo-SecureString 'sk_test_sister' -AsPlainText -Force) -BaseUri '$($SgTest.MockUri)' -SiteId 3
"@
        $ps.Commands.Clear()
        $sessions = $ps.AddScript("@(Get-SgSession | Where-Object Name -EQ 'Waiting').Count").Invoke()[0]
        $ps.Dispose()
    }

    AfterAll { Invoke-MockControl rate-limit -Method Post -Body @{ limit = 10000; window_seconds = 60 } | Out-Null }

    It 'counts the wait down, with a percent that grows' {
        Test-Countdown $result.Ticks
    }

    It 'ends the wait when stopped: nothing more is sent and no session is kept' {
        $result.State | Should -Be 'Stopped'
        $result.RequestsBefore | Should -Be 0
        $result.RequestsAfter | Should -Be 0
        $sessions | Should -Be 0
    }
}
