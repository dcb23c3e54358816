#requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests and packages the SmartGift PowerShell module.
.DESCRIPTION
    Build   dotnet build; the SmartGift.PowerShell project lays the module out in out/SmartGift/<version>/
            (Release) with its help generated from docs/cmdlets/*.md.
    Test    dotnet test SmartGift.sln: every xUnit project and the Pester suite (tests/Pester) in a real
            PowerShell 7.6.9 against the built module (PowerShell and Pester come from NuGet).
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
# The one version of the repository (the build writes it into the module folder's SmartGift.psd1).
$version = (Select-Xml -Path (Join-Path $root 'Directory.Build.props') -XPath '/Project/PropertyGroup/Version').Node.InnerText
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

function Invoke-Test {
    # dotnet test runs every xUnit project and, through tests/SmartGift.PowerShell.Tests, the whole
    # Pester suite in the PowerShell 7.6.9 of the local tool manifest, with the Pester 5.7.1 that
    # the same project restores from NuGet. A fresh machine needs nothing but the .NET SDK.
    Invoke-Native dotnet @('test', (Join-Path $root 'SmartGift.sln'), '-c', $Configuration)
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
    & "Invoke-$step"
}
