#requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests and packages the SmartGift PowerShell module.
.DESCRIPTION
    Build   dotnet build; the SmartGift.PowerShell project lays the module out in out/SmartGift/<version>/
            (Release) with its help generated from docs/cmdlets/*.md.
    Test    dotnet test SmartGift.sln, then the Pester 5 suite in tests/Pester against the built module.
    Package a .nupkg in out/, installable with Install-PSResource from a local repository.
    Clean   removes out/ and the projects' bin/ and obj/ folders.
    All     Clean, Build, Test, Package.
.EXAMPLE
    ./build.ps1 -Task Build, Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Clean', 'Build', 'Test', 'Package', 'All')]
    [string[]] $Task = 'Build',

    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = $PSScriptRoot
$version = (Import-PowerShellDataFile (Join-Path $root 'SmartGift.psd1')).ModuleVersion
$moduleBase = if ($Configuration -eq 'Release') { Join-Path $root 'out/SmartGift' } else { Join-Path $root "out/$Configuration/SmartGift" }
$moduleDir = Join-Path $moduleBase $version

function Invoke-Native {
    param([string] $File, [string[]] $Arguments)
    Write-Host "> $File $($Arguments -join ' ')" -ForegroundColor Cyan
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$File exited with code $LASTEXITCODE" }
}

function Invoke-Clean {
    foreach ($path in @(Join-Path $root 'out') + @(Get-ChildItem $root -Directory -Recurse -Include bin, obj -ErrorAction SilentlyContinue |
            Where-Object { $_.FullName -notmatch '[\\/]\.git[\\/]' } | ForEach-Object FullName)) {
        if (Test-Path $path) { Remove-Item $path -Recurse -Force }
    }
}

function Invoke-Build {
    Invoke-Native dotnet @('build', (Join-Path $root 'SmartGift.sln'), '-c', $Configuration)
    if (-not (Test-Path (Join-Path $moduleDir 'SmartGift.psd1'))) { throw "The build did not lay out the module in $moduleDir" }
    Write-Host "Module: $moduleDir" -ForegroundColor Green
}

function Install-PesterIfMissing {
    if (Get-Module -ListAvailable Pester | Where-Object Version -ge '5.3.0') { return }
    Write-Host 'Pester 5 is not installed: installing it for the current user.' -ForegroundColor Yellow
    try {
        if (Get-Command Install-PSResource -ErrorAction SilentlyContinue) {
            Install-PSResource -Name Pester -Version '[5.3.0,6.0.0)' -Scope CurrentUser -TrustRepository
        }
        else {
            Install-Module -Name Pester -MinimumVersion 5.3.0 -MaximumVersion 5.99.99 -Scope CurrentUser -Force -SkipPublisherCheck
        }
    }
    catch {
        throw "Pester 5 is needed for the module tests and could not be installed ($($_.Exception.Message)). Install it with: Install-PSResource Pester -Scope CurrentUser"
    }
}

function Invoke-Test {
    Install-PesterIfMissing
    # The xUnit run would also start the Pester suite (its [PwshFact]); here it runs once, below, on its own.
    $env:SMARTGIFT_PESTER_RUN_BY = 'build.ps1'
    try {
        Invoke-Native dotnet @('test', (Join-Path $root 'SmartGift.sln'), '-c', $Configuration)
    }
    finally {
        Remove-Item Env:SMARTGIFT_PESTER_RUN_BY -ErrorAction SilentlyContinue
    }
    # A child pwsh, so that importing the module does not lock its assembly in this session (Windows).
    Push-Location $root
    try {
        Invoke-Native ([Environment]::ProcessPath) @('-NoProfile', '-NonInteractive', '-Command', 'Invoke-Pester -Path tests/Pester -CI -Output Detailed')
    }
    finally {
        Pop-Location
    }
}

function Invoke-Package {
    if (-not (Test-Path (Join-Path $moduleDir 'SmartGift.psd1'))) { Invoke-Build }
    if (-not (Get-Command Publish-PSResource -ErrorAction SilentlyContinue)) {
        throw 'Package needs Microsoft.PowerShell.PSResourceGet (built into PowerShell 7.4+): Install-Module Microsoft.PowerShell.PSResourceGet'
    }
    $repositoryName = "SmartGiftBuild$PID"
    $repositoryPath = Join-Path ([IO.Path]::GetTempPath()) $repositoryName
    New-Item -ItemType Directory -Path $repositoryPath -Force | Out-Null
    try {
        Register-PSResourceRepository -Name $repositoryName -Uri $repositoryPath -Trusted
        Publish-PSResource -Path $moduleDir -Repository $repositoryName
        $package = Get-ChildItem $repositoryPath -Filter '*.nupkg' | Select-Object -First 1
        if (-not $package) { throw "Publish-PSResource produced no package in $repositoryPath" }
        Copy-Item $package.FullName (Join-Path $root 'out') -Force
        Write-Host "Package: $(Join-Path $root 'out' $package.Name)" -ForegroundColor Green
        Write-Host "Install it with: Register-PSResourceRepository -Name SmartGiftLocal -Uri $(Join-Path $root 'out') -Trusted; Install-PSResource SmartGift -Repository SmartGiftLocal"
    }
    finally {
        Unregister-PSResourceRepository -Name $repositoryName -ErrorAction SilentlyContinue
        Remove-Item $repositoryPath -Recurse -Force -ErrorAction SilentlyContinue
    }
}

$steps = if ($Task -contains 'All') { 'Clean', 'Build', 'Test', 'Package' } else { $Task }
foreach ($step in $steps) {
    Write-Host "== $step" -ForegroundColor Magenta
    switch ($step) {
        'Clean' { Invoke-Clean }
        'Build' { Invoke-Build }
        'Test' { Invoke-Test }
        'Package' { Invoke-Package }
    }
}
