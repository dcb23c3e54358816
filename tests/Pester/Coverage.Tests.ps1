# What the suite drives, read from the suite itself (no hand-kept table): every parameter set of
# every cmdlet is called by some test file, every parameter is used by some file, and every cmdlet
# with -WhatIf has its own Describe in ShouldProcess.Tests.ps1. How much of the code the tests run
# is coverlet's figure, which .ci/run prints.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
}

Describe 'What the suite drives' {
    It 'every parameter set of every cmdlet is called by some test file, with a mandatory parameter of its own where it has one' {
        $files = @(Get-ChildItem $PSScriptRoot -Filter '*.ps1' | Where-Object Name -ne 'Coverage.Tests.ps1' | ForEach-Object { Get-Content $_.FullName -Raw })
        $undriven = foreach ($command in Get-Command -Module SmartGift) {
            $sets = $command.ParameterSets
            foreach ($set in $sets) {
                $others = @($sets | Where-Object Name -ne $set.Name | ForEach-Object { $_.Parameters.Name })
                # The set's own mandatory parameters (where the cmdlet has several sets): naming one shows a file uses this set.
                $own = @(if ($sets.Count -gt 1) { $set.Parameters | Where-Object { $_.IsMandatory -and $_.Name -notin $others } | ForEach-Object Name })
                $driven = $files | Where-Object {
                    $_ -match [regex]::Escape($command.Name) -and ($own.Count -eq 0 -or $_ -match "-($($own -join '|'))\b")
                }
                if (-not $driven) { "$($command.Name) [$($set.Name)]" }
            }
        }
        (Get-Command -Module SmartGift).Count | Should -BeGreaterThan 10
        @($undriven) | Should -BeNullOrEmpty
    }

    It 'every parameter of every cmdlet is used by some test file, by name or as a column/property under its name or an alias' {
        $suite = (Get-ChildItem $PSScriptRoot -Filter '*.ps1' | Where-Object Name -ne 'Coverage.Tests.ps1' | Get-Content -Raw) -join "`n"
        $headers = (Get-ChildItem (Join-Path $RepoRoot 'docs/samples') -Filter '*.csv' | ForEach-Object { Get-Content $_.FullName -TotalCount 1 }) -join ','
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        $unused = foreach ($command in Get-Command -Module SmartGift) {
            # InputObject is the piped object itself, used by every pipeline.
            foreach ($parameter in $command.Parameters.Values | Where-Object { $_.Name -notin $common -and $_.Name -ne 'InputObject' }) {
                $used = @($parameter.Name) + @($parameter.Aliases) | Where-Object {
                    $name = [regex]::Escape($_)
                    $suite -match "-$name\b" -or $suite -match "(?<![\w-])$name\s*=" -or $suite -match "['`",]$name['`",]" -or $headers -match "(^|,)$name(,|$)"
                }
                if (-not $used) { "$($command.Name) -$($parameter.Name)" }
            }
        }
        @($unused) | Should -BeNullOrEmpty
    }

    It 'every cmdlet with -WhatIf has its own Describe in ShouldProcess.Tests.ps1' {
        $described = (Get-Content (Join-Path $PSScriptRoot 'ShouldProcess.Tests.ps1') -Raw)
        $whatIf = @(Get-Command -Module SmartGift | Where-Object { $_.Parameters.ContainsKey('WhatIf') })
        $whatIf.Count | Should -BeGreaterThan 0
        foreach ($command in $whatIf) {
            $described | Should -Match "Describe '$([regex]::Escape($command.Name)) -WhatIf and -Confirm'"
        }
    }
}
