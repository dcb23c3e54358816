# Every command in README.md, docs/cli.md and docs/scheduled-tasks.md runs against the mock server,
# as docs/cmdlets' examples do (Examples.Tests.ps1): each fenced block in a folder of its own, shell
# blocks in bash, PowerShell blocks in a child pwsh, crontab lines' commands in /bin/sh as cron runs
# them, with SMARTGIFT_BASE_URL naming the mock server. A block that cannot run says so on the line
# before its fence (`<!-- ci: not run (why) -->`, DocSandbox.ps1 lists the annotations); that list
# is kept short. What a block needs from outside this machine is supplied below, and says why.
# A block passes when every command ran and none ended with exit code 2 or more (usage, key,
# unreachable, command not found): exit 1 is what the docs promise for the sample's bad row.
BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'DocSandbox.ps1')
    $pages = 'README.md', 'docs/cli.md', 'docs/scheduled-tasks.md'
    $blocks = foreach ($page in $pages) {
        foreach ($block in Get-DocBlock (Join-Path $PSScriptRoot "../../$page")) {
            @{ Doc = $page; Line = $block.Line; Lang = $block.Lang; Kind = $block.Kind; Argument = $block.Argument; Code = $block.Code }
        }
    }
    $runnable = @($blocks | Where-Object { $_.Kind -in 'run', 'cron' })
    $notRun = @($blocks | Where-Object { $_.Kind -eq 'not run' })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    . (Join-Path $PSScriptRoot 'DocSandbox.ps1')
    $null = Start-TestMockServer
    $keyFile = @(Get-DocBlock (Join-Path $RepoRoot 'docs/scheduled-tasks.md') | Where-Object { $_.Kind -eq 'file' -and $_.Argument -eq '/etc/smartgift/env' })[0].Code
    $day = Get-Date -Format yyyy-MM-dd

    # What a block needs from outside this machine, and what is given in its place.
    function Get-Supplied($Sandbox) {
        @(
            @{ Text = 'dotnet run --project src/SmartGift.Cli --'; With = 'smartgift'; Why = 'the built tool (dotnet run would build it again)' }
            @{ Text = 'dotnet run --project src/SmartGift.MockServer -- --urls http://127.0.0.1:5080'; With = ':  # the test runs its own mock server'; Why = 'a server that runs until stopped' }
            @{ Text = 'http://127.0.0.1:5080'; With = $SgTest.MockUri.ToString().TrimEnd('/'); Why = 'the mock server''s port' }
            @{ Text = 'SMARTGIFT_API_KEY=...'; With = 'SMARTGIFT_API_KEY=sk_test_demo'; Why = 'a key' }
            @{ Text = 'sk_live_...'; With = 'sk_test_demo'; Why = 'a live key' }
            @{ Text = 'dotnet tool restore; dotnet pwsh'; With = '#'; Why = 'this is that pwsh' }
            @{ Text = './build.ps1 -Task Build'; With = '#'; Why = 'the module is built' }
            @{ Text = './out/SmartGift'; With = (Join-Path $RepoRoot 'out/SmartGift'); Why = 'the clone' }
            @{ Text = ' -Environment Production'; With = ''; Why = 'the published host (SMARTGIFT_BASE_URL names the mock server)' }
            @{ Text = '"${fpath[1]}/_smartgift"'; With = (Join-Path $Sandbox.home '_smartgift'); Why = 'zsh''s function path' }
            @{ Text = '| Out-String | Invoke-Expression'; With = '| pwsh -NoProfile -NonInteractive -Command ''$input | Out-String | Invoke-Expression'''; Why = 'a PowerShell line among shell lines' }
            @{ Text = '/etc/smartgift/env'; With = (Join-Path $Sandbox.etc 'env'); Why = 'the key file (its content as the page shows it)' }
            @{ Text = '/opt/smartgift/'; With = (Join-Path $RepoRoot 'docs/samples/'); Why = 'the scripts, as docs/samples has them' }
            @{ Text = '/srv/exports'; With = $Sandbox.exports; Why = 'the till''s export folder' }
            @{ Text = '/var/log/smartgift'; With = $Sandbox.logs; Why = 'the log folder' }
        )
    }

    function Invoke-DocBlock([hashtable] $Block) {
        $Block = $Block.Clone()
        Reset-Mock
        $sandbox = New-DocSandbox
        try {
            foreach ($s in Get-Supplied $sandbox) { $Block.Code = $Block.Code.Replace($s.Text, $s.With) }
            # The files the commands name: the samples, under the names the pages use.
            foreach ($name in 'sales.csv', 'big.csv', 'south-sales.csv') { Copy-Item $SalesCsv (Join-Path $sandbox.work $name) }
            Copy-Item $RedemptionsCsv $sandbox.work
            # README's commands run from the repository's root and name the samples by their path there.
            $null = New-Item -ItemType Directory -Force (Join-Path $sandbox.work 'docs')
            Copy-Item -Recurse (Join-Path $RepoRoot 'docs/samples') (Join-Path $sandbox.work 'docs/samples')
            Copy-Item $SalesCsv (Join-Path $sandbox.exports "sales-$day.csv")
            $null = New-Item -ItemType Directory -Force (Join-Path $sandbox.home '.config/fish/completions')
            Set-Content -Path (Join-Path $sandbox.etc 'env') -Value $keyFile.Replace('sk_live_...', 'sk_test_demo')
            # Supplied: the variables a page says to set before its commands.
            $environment = @{ SMARTGIFT_API_KEY = 'sk_test_demo'; NORTH_SMARTGIFT_KEY = 'sk_test_demo' }
            if ($Block.Kind -eq 'cron') {
                $environment.SMARTGIFT_API_KEY = $null   # cron's environment is empty: the key file must give it
                $results = foreach ($command in Get-CronCommand $Block.Code) { Invoke-SandboxProcess $sandbox '/bin/sh' @('-c', $command) $environment }
                return [pscustomobject]@{ ExitCode = ($results | Measure-Object ExitCode -Maximum).Maximum; Output = ($results | ForEach-Object { $_.StdOut + $_.StdErr }) -join "`n" }
            }
            if ($Block.Lang -eq 'powershell') {
                # Supplied: the key an operator would type. Errors other than the sample's bad rows fail the block.
                $script = @"
function Read-Host { param([switch] `$AsSecureString, `$Prompt) ConvertTo-SecureString 'sk_test_demo' -AsPlainText -Force }
`$ErrorActionPreference = 'Continue'
$($Block.Code)
`$unexpected = @(`$Error | Where-Object { "`$(`$_.FullyQualifiedErrorId) `$_" -notmatch 'S-1013|VoucherExpired|VoucherFullyRedeemed' })
`$unexpected | ForEach-Object { [Console]::Error.WriteLine("`$(`$_.FullyQualifiedErrorId): `$_") }
if (`$unexpected) { exit 2 }
"@
                $run = Invoke-SandboxProcess $sandbox (Join-Path $sandbox.bin 'pwsh') @('-NoProfile', '-NonInteractive', '-Command', $script) $environment
                return [pscustomobject]@{ ExitCode = $run.ExitCode; Output = $run.StdOut + $run.StdErr }
            }
            # A shell block: every line runs; one that ends with 2 or more stops it with that code.
            $script = "trap 'rc=`$?; if [ `$rc -ge 2 ]; then echo `"exit `$rc at: `$BASH_COMMAND`" >&2; exit `$rc; fi' ERR`n" + $Block.Code
            $run = Invoke-SandboxBash $sandbox $script $environment
            [pscustomobject]@{ ExitCode = $run.ExitCode; Output = $run.StdOut + $run.StdErr }
        }
        finally {
            Remove-DocSandbox $sandbox
        }
    }
}

AfterAll {
    Stop-TestMockServer
}

Describe 'Commands in README.md, docs/cli.md and docs/scheduled-tasks.md' {
    It '<Doc> line <Line> runs against the mock server' -ForEach $runnable {
        $run = Invoke-DocBlock $_
        $run.ExitCode | Should -BeLessThan 2 -Because "the block ended with exit $($run.ExitCode):`n$($run.Output)"
    }

    It 'every block is a command or says why not, and few cannot run' {
        @($blocks | Where-Object Kind -like 'unknown*') | ForEach-Object { "$($_.Doc) line $($_.Line): $($_.Kind)" } | Should -BeNullOrEmpty
        $notRun.Count | Should -BeLessOrEqual 8 -Because "blocks not run: $(($notRun | ForEach-Object { "$($_.Doc):$($_.Line) $($_.Argument)" }) -join '; ')"
    }
}
