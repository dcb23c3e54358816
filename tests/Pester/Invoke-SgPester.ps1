<#
.SYNOPSIS
    Runs the Pester suite (tests/Pester) against the built module, with the Pester that the
    repository restores from NuGet, and exits non-zero when any test or container failed.
.DESCRIPTION
    dotnet test runs this through tests/SmartGift.PowerShell.Tests (PesterSuiteTests), and
    build.ps1 -Task Test through dotnet test. Pester's own summary line and the name of every
    failed test are printed, so a CI log says what failed without the XML.
#>
param(
    [Parameter(Mandatory)] [string] $PesterManifest,
    [string] $ResultPath,
    # Test files or folders; one argument may list several, separated as in PATH (so `pwsh -File` can pass them).
    [string[]] $Path = $PSScriptRoot
)

$ErrorActionPreference = 'Stop'
# The NuGet cache the Pester manifest came from (<root>/pester/<version>/tools/Pester.psd1): the
# dependency-conflict tests load older Polly.Core and CsvHelper from it.
$env:SMARTGIFT_NUGET_PACKAGES = (Resolve-Path (Join-Path (Split-Path $PesterManifest) '../../..')).Path
# The suite is written for Pester 5; a different Pester already loaded in this session would run it wrongly.
Get-Module Pester | Remove-Module -Force
Import-Module $PesterManifest -Force

$configuration = New-PesterConfiguration
$configuration.Run.Path = @($Path | ForEach-Object { $_ -split [IO.Path]::PathSeparator } | Where-Object { $_ })
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$configuration.Output.RenderMode = 'Plaintext'
if ($ResultPath) {
    $configuration.TestResult.Enabled = $true
    $configuration.TestResult.OutputFormat = 'NUnitXml'
    $configuration.TestResult.OutputPath = $ResultPath
}

$result = Invoke-Pester -Configuration $configuration

foreach ($test in $result.Failed) { Write-Host "FAILED: $($test.ExpandedPath)" }
foreach ($container in $result.FailedContainers) { Write-Host "FAILED (setup): $($container.Item)" }
if ($result.TotalCount -eq 0) { Write-Host 'FAILED: Pester discovered no test' }
exit $(if ($result.Result -eq 'Passed' -and $result.TotalCount -gt 0) { 0 } else { 1 })
