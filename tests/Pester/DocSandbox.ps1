# Shared by DocCommands.Tests.ps1 and Nightly.Tests.ps1 (dot-sourced after TestEnvironment.ps1):
# reads the fenced code blocks of a markdown page with their `<!-- ci: ... -->` annotations, and
# runs commands as a user of the docs would, in bash or a child pwsh, in a folder of their own,
# against this run's mock server (SMARTGIFT_BASE_URL), with the built `smartgift` and `pwsh` on PATH.

# The annotations the docs may put on the line before a fence:
#   ci: not run (why)     never run (it installs something, needs Windows, or is the CI run itself)
#   ci: text (why)        not commands (sample output, a listing)
#   ci: file PATH         the block is that file's content; later blocks find it there
#   ci: same as PATH      the block must equal that repository file, which the tests run
#   ci: cron              crontab lines: each command runs in bash, as cron runs it
function Get-DocBlock([string] $Path) {
    $lines = Get-Content $Path
    $annotation = $null; $inCode = $false; $code = $null; $lang = $null; $start = 0
    for ($i = 0; $i -lt $lines.Count; $i++) {
        $line = $lines[$i]
        if (-not $inCode -and $line -match '^<!-- ci: (.+?) -->$') { $annotation = $Matches[1]; continue }
        if ($line -match '^```(\w*)') {
            if ($inCode) {
                $kind = if (-not $annotation) { 'run' } elseif ($annotation -match '^(not run|text|file|same as|cron)\b') { $Matches[1] } else { "unknown annotation '$annotation'" }
                [pscustomobject]@{
                    Doc = (Split-Path -Leaf $Path); Line = $start; Lang = $lang; Kind = $kind
                    Argument = if ($annotation -match '^(?:file|same as) (\S+)') { $Matches[1] } else { $annotation }
                    Code = ($code -join "`n")
                }
                $annotation = $null
            }
            else { $lang = $Matches[1]; $start = $i + 1; $code = @() }
            $inCode = -not $inCode
            continue
        }
        if ($inCode) { $code += $line }
        elseif ($line.Trim()) { $annotation = $null }
    }
}

# The lines of a crontab block as cron runs them: variable lines (MAILTO=) left out, the five time
# fields cut off, and `\%` turned into `%` (cron's own rule).
function Get-CronCommand([string] $Code) {
    foreach ($line in $Code -split "`n") {
        if (-not $line.Trim() -or $line -match '^\s*#' -or $line -match '^[A-Z_]+=') { continue }
        ($line -replace '^\s*(\S+\s+){5}', '') -replace '\\%', '%'
    }
}

# A folder for one run: bin/ with `smartgift` and `pwsh` (the built ones) and stand-ins for what a
# doc calls from outside (a mail command that keeps what it is given, a password store), home/,
# exports/, logs/, etc/; and the environment to run with.
function New-DocSandbox {
    $root = Join-Path ([IO.Path]::GetTempPath()) "sg-docs-$([guid]::NewGuid().ToString('N'))"
    $sandbox = @{ Root = $root }
    foreach ($folder in 'bin', 'home', 'exports', 'logs', 'etc', 'work', 'config') {
        $sandbox[$folder] = Join-Path $root $folder
        $null = New-Item -ItemType Directory -Force $sandbox[$folder]
    }
    $cli = Get-BuiltAssembly 'src/SmartGift.Cli/SmartGift.Cli.csproj' 'SMARTGIFT_TEST_CLI'
    $pwsh = Get-PwshCommand
    $pwshPrefix = @($pwsh.Arguments | Where-Object { $_ -notlike '-*' } | ForEach-Object { "'$_'" }) -join ' '
    $mailbox = Join-Path $root 'mailbox'
    $sandbox.Mailbox = $mailbox
    $stubs = @{
        smartgift    = "exec dotnet '$cli' `"`$@`""
        pwsh         = "exec '$($pwsh.File)' $pwshPrefix `"`$@`""
        # Supplied: the mail command keeps the mail (arguments, then the message) in the sandbox.
        mail         = "{ echo `"mail `$*`"; cat; } >> '$mailbox'"
        sendmail     = "{ echo `"sendmail `$*`"; cat; } >> '$mailbox'"
        # Supplied: the password stores hold the mock server's test keys.
        'secret-tool' = 'echo sk_test_demo'
        pass         = 'echo sk_test_sister'
    }
    foreach ($name in $stubs.Keys) {
        $file = Join-Path $sandbox.bin $name
        Set-Content -Path $file -Value "#!/bin/sh`n$($stubs[$name])"
        & chmod 755 $file
    }
    $sandbox.Env = @{
        PATH                = "$($sandbox.bin):$env:PATH"
        HOME                = $sandbox.home
        SMARTGIFT_BASE_URL  = $SgTest.MockUri.ToString().TrimEnd('/')
        SMARTGIFT_CONFIG_DIR = $sandbox.config
        SMARTGIFT_DATA_DIR  = $env:SMARTGIFT_DATA_DIR
        SMARTGIFT_LOG_DIR   = $sandbox.logs
        PSModulePath        = "$(Join-Path $RepoRoot 'out')$([IO.Path]::PathSeparator)$env:PSModulePath"
        SMARTGIFT_API_KEY   = $null
        SMARTGIFT_PROFILE   = $null
        SMARTGIFT_SITE_ID   = $null
        SMARTGIFT_COMPANY   = $null
        NO_COLOR            = $null
        TERM                = 'dumb'
    }
    $sandbox
}

function Remove-DocSandbox($Sandbox) { Remove-Item -Recurse -Force $Sandbox.Root -ErrorAction SilentlyContinue }

# Runs a program with the sandbox's environment (a null value unsets a variable); stdout and stderr
# apart, as cron sees them.
function Invoke-SandboxProcess($Sandbox, [string] $File, [string[]] $Arguments, [hashtable] $Environment = @{}) {
    $start = [Diagnostics.ProcessStartInfo]::new($File)
    foreach ($a in $Arguments) { $start.ArgumentList.Add($a) }
    $start.WorkingDirectory = $Sandbox.work
    $start.UseShellExecute = $false
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.RedirectStandardInput = $true
    foreach ($set in $Sandbox.Env, $Environment) {
        foreach ($name in $set.Keys) {
            if ($null -eq $set[$name]) { $null = $start.Environment.Remove($name) } else { $start.Environment[$name] = $set[$name] }
        }
    }
    $process = [Diagnostics.Process]::Start($start)
    $process.StandardInput.Close()
    $stderr = $process.StandardError.ReadToEndAsync()
    $stdout = $process.StandardOutput.ReadToEnd()
    $process.WaitForExit()
    [pscustomobject]@{ ExitCode = $process.ExitCode; StdOut = $stdout; StdErr = $stderr.Result }
}

function Invoke-SandboxBash($Sandbox, [string] $Script, [hashtable] $Environment = @{}) {
    Invoke-SandboxProcess $Sandbox 'bash' @('-c', $Script) $Environment
}
