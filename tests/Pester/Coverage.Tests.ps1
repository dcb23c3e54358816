# Keeps the audit in COVERAGE.md true: every cmdlet and parameter set of the loaded module has a
# row naming the test files that drive it, every row is a set the module has, and every file named
# calls the cmdlet (with a mandatory parameter of the set, where the set has one of its own).
BeforeDiscovery {
    function Read-CoverageTable {
        Get-Content (Join-Path $PSScriptRoot 'COVERAGE.md') | Where-Object { $_ -match '^\| *[A-Z][a-z]+-Sg' } | ForEach-Object {
            $cells = @($_.Trim('|').Split('|') | ForEach-Object { $_.Trim().Trim('`') })
            @{ Cmdlet = $cells[0]; Set = $cells[1]; Files = @($cells[2] -split ',\s*' | Where-Object { $_ }) }
        }
    }
    $rows = @(Read-CoverageTable)
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $table = @(Get-Content (Join-Path $PSScriptRoot 'COVERAGE.md') | Where-Object { $_ -match '^\| *[A-Z][a-z]+-Sg' } | ForEach-Object {
            $cells = @($_.Trim('|').Split('|') | ForEach-Object { $_.Trim().Trim('`') })
            "$($cells[0]) [$($cells[1])]"
        })
}

Describe 'COVERAGE.md' {
    It 'has a row for every cmdlet and parameter set of the module' {
        $moduleSets = @(Get-Command -Module SmartGift | ForEach-Object { foreach ($set in $_.ParameterSets) { "$($_.Name) [$($set.Name)]" } })
        $moduleSets.Count | Should -BeGreaterThan 10
        @($moduleSets | Where-Object { $_ -notin $table }) | Should -BeNullOrEmpty -Because 'each needs a row in COVERAGE.md'
    }

    It 'names no set the module does not have: <Cmdlet> [<Set>]' -ForEach $rows {
        $command = Get-Command $Cmdlet -Module SmartGift -ErrorAction SilentlyContinue
        $command | Should -Not -BeNullOrEmpty
        $command.ParameterSets.Name | Should -Contain $Set
    }

    It '<Cmdlet> [<Set>] is driven by the files it names' -ForEach $rows {
        $Files | Should -Not -BeNullOrEmpty
        $command = Get-Command $Cmdlet -Module SmartGift
        $sets = $command.ParameterSets
        $others = @($sets | Where-Object Name -ne $Set | ForEach-Object { $_.Parameters.Name })
        # The set's own mandatory parameters (where the cmdlet has several sets): naming one of them shows the file uses this set.
        $own = @(if ($sets.Count -gt 1) { ($sets | Where-Object Name -eq $Set).Parameters | Where-Object { $_.IsMandatory -and $_.Name -notin $others } | ForEach-Object Name })
        foreach ($file in $Files) {
            $path = Join-Path $PSScriptRoot $file
            Test-Path $path | Should -BeTrue -Because "COVERAGE.md names $file"
            $text = Get-Content $path -Raw
            $text -match [regex]::Escape($Cmdlet) | Should -BeTrue -Because "$file should call $Cmdlet"
            if ($own.Count -gt 0) {
                $text -match "-($($own -join '|'))\b" | Should -BeTrue -Because "$file should call $Cmdlet with -$($own -join ' or -')"
            }
        }
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
