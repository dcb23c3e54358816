<#
.SYNOPSIS
    Measures what New-SgSale -WhatIf costs over Import-Csv alone: the validation of a large sale
    file with nothing sent, against the mock server (127.0.0.1, an OS-assigned port).
.DESCRIPTION
    Writes a CSV of -Rows one-voucher orders, then times, -Repeat rounds of these in turn:
      baseline  Import-Csv file | Out-Null
      whatif    Import-Csv file | New-SgSale -JournalPath <new file> -WhatIf | Out-Null
      path      New-SgSale -Path file -JournalPath <new file> -WhatIf | Out-Null
    and prints the median of each and their ratios to the baseline (goal: at most 2.0). Run it from
    the repository root after a Release build: dotnet pwsh bench/PowerShell/Measure-WhatIfValidation.ps1
#>
param(
    [int] $Rows = 100000,
    [int] $Repeat = 3,
    # For a side-by-side run with a build from before New-SgSale -Path existed.
    [switch] $SkipPath
)

$ErrorActionPreference = 'Stop'
$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
. (Join-Path $root 'tests/Pester/TestEnvironment.ps1')
$null = Start-TestMockServer
try {
    $work = Join-Path ([IO.Path]::GetTempPath()) "smartgift-whatif-$PID"
    $null = New-Item -ItemType Directory $work -Force
    $file = Join-Path $work 'sales.csv'
    $template = (Get-Content $SalesCsv)[1] -replace '^S-1001,', ''
    $lines = [Collections.Generic.List[string]]::new($Rows + 1)
    $lines.Add((Get-Content $SalesCsv)[0])
    for ($i = 1; $i -le $Rows; $i++) { $lines.Add("B-$i,$template") }
    [IO.File]::WriteAllLines($file, $lines)
    Write-Host "$Rows rows in $file"

    # Each timing in a fresh pwsh, as a scheduled task runs it: one pass, JIT and all (a second
    # pass in the same process is several times faster for both sides, Import-Csv included).
    function Measure-Child([string] $Pipeline) {
        $script = @"
Import-Module '$ModuleManifest'
`$null = Connect-SgService -Name Bench -ApiKey (ConvertTo-SecureString 'sk_test_demo' -AsPlainText -Force) -BaseUri '$($SgTest.MockUri)' -SiteId 1
`$seconds = (Measure-Command { $Pipeline }).TotalSeconds
Set-Content -Path '$work/seconds.txt' -Value `$seconds
"@
        # The child's console output (the "What if:" lines) goes to a file, as a scheduled task's log would.
        Remove-Item "$work/seconds.txt" -ErrorAction SilentlyContinue
        $pwsh = Get-PwshCommand
        if ($IsWindows) {
            $child = Start-Process -FilePath $pwsh.File -ArgumentList ($pwsh.Arguments + @('-Command', $script)) -RedirectStandardOutput "$work/out.txt" -RedirectStandardError "$work/err.txt" -Wait -PassThru -NoNewWindow
            $exitCode = $child.ExitCode
        }
        else {
            # The shell opens the log file for the child, as for a scheduled task. (Start-Process
            # -RedirectStandardOutput gives the child a pipe that this process copies to the file:
            # on two cores that copying of 100,000 "What if:" lines was part of the timing.)
            & /bin/sh -c 'out="$1"; err="$2"; shift 2; exec "$@" > "$out" 2> "$err"' sh "$work/out.txt" "$work/err.txt" $pwsh.File @($pwsh.Arguments) -Command $script
            $exitCode = $LASTEXITCODE
        }
        if ($exitCode -ne 0 -or -not (Test-Path "$work/seconds.txt")) { throw "The timed run failed: $(Get-Content -Raw "$work/err.txt")" }
        [double](Get-Content "$work/seconds.txt")
    }
    function Get-Median([double[]] $Times) { ($Times | Sort-Object)[[int][Math]::Floor($Times.Count / 2)] }

    $pipelines = [ordered]@{
        baseline = "Import-Csv '$file' | Out-Null"
        # -WhatIf writes one "What if:" line per order to the host, as a user sees it.
        whatif   = "Import-Csv '$file' | New-SgSale -JournalPath '$work/whatif-<n>.jsonl' -WhatIf | Out-Null"
        # The same validation with the file read by SmartGift itself (no Import-Csv objects).
        path     = "New-SgSale -Path '$file' -JournalPath '$work/path-<n>.jsonl' -WhatIf | Out-Null"
    }
    if ($SkipPath) { $pipelines.Remove('path') }
    # Interleaved (baseline, whatif, path, baseline, ...): the shared machine's load drifts, and
    # each round then sees the same load on every side.
    $times = @{}
    foreach ($n in 1..$Repeat) {
        foreach ($name in $pipelines.Keys) { $times[$name] += @(Measure-Child ($pipelines[$name] -replace '<n>', $n)) }
    }
    $medians = [ordered]@{}
    foreach ($name in $pipelines.Keys) {
        $medians[$name] = Get-Median $times[$name]
        '{0,-10} {1,8:N2} s' -f $name, $medians[$name]
    }
    $forms = @{ whatif = 'whatif (Import-Csv | New-SgSale -WhatIf)'; path = 'path (New-SgSale -Path -WhatIf)' }
    foreach ($name in @($pipelines.Keys) -ne 'baseline') {
        $ratio = $medians[$name] / $medians.baseline
        "{0}: {1:N2}x Import-Csv | Out-Null for {2:N0} rows (goal: at most 2.0x): {3}" -f $forms[$name], $ratio, $Rows, $(if ($ratio -le 2) { 'met' } else { 'missed' })
    }
}
finally {
    Stop-TestMockServer
    if ($work) { Remove-Item $work -Recurse -Force -ErrorAction SilentlyContinue }
}
