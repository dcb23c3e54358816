# -WhatIf and -Confirm on every cmdlet that sends a write (New-SgSale, Invoke-SgRedeem,
# Lock-SgVoucher): -WhatIf sends nothing; -Confirm asks once per order, redemption or hold and
# sends only what was answered Yes; $ConfirmPreference decides when the cmdlets ask unbidden, and
# -Confirm:$false silences them. The prompts are answered by a real console host: a child pwsh
# whose standard input holds the answers an operator would type.
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    $null = Start-TestMockServer
    Remove-AllSessions

    $SaleHeader = $RequiredSaleHeader
    function New-SaleCsv([string] $Name, [string[]] $OrderIds) {
        $path = Join-Path $TestDrive $Name
        Set-Content -Path $path -Value (@($SaleHeader) + @($OrderIds | ForEach-Object { "$_,271,50.00,Ada,Lovelace,ada@example.com,1 High Street,BA1 1AA,Bath,Somerset,12,0.50,11,50.50" }))
        $path
    }

    # Runs each of $Steps in one child pwsh (an interactive console host whose standard input is
    # redirected) after connecting a session to the mock server; the lines of $Answers are what the
    # operator types at the prompts, in order. Returns, per step, the prompts it showed (their text,
    # whitespace-normalised) and the objects it output (Status as text).
    function Invoke-Answered([string[]] $Steps, [string[]] $Answers) {
        $file = Join-Path $TestDrive "answered-$([guid]::NewGuid()).ps1"
        $script = @(
            "`$ErrorActionPreference = 'Stop'"
            "Import-Module '$ModuleManifest'"
            "`$null = Connect-SgService -ApiKey (ConvertTo-SecureString 'sk_test_demo' -AsPlainText -Force) -BaseUri '$($SgTest.MockUri)' -SiteId 1"
            # Not Export-Clixml: it supports ShouldProcess itself and would ask too.
            "function Save-Result([int] `$Step) { `$items = @(`$input | ForEach-Object { `$o = `$_ | Select-Object *; if (`$o.PSObject.Properties['Status']) { `$o.Status = `"`$(`$_.Status)`" }; `$o }); [IO.File]::WriteAllText(`"$file-`$Step.xml`", [System.Management.Automation.PSSerializer]::Serialize(`$items, 2)) }"
        )
        for ($i = 0; $i -lt $Steps.Count; $i++) { $script += "'##STEP##'"; $script += "$($Steps[$i]) | Save-Result $i" }
        Set-Content -Path $file -Value $script
        $pwsh = Get-PwshCommand
        $start = [System.Diagnostics.ProcessStartInfo]::new($pwsh.File)
        # Not -NonInteractive: the prompts must be asked and read from standard input.
        foreach ($argument in @($pwsh.Arguments | Where-Object { $_ -ne '-NonInteractive' }) + @('-File', $file)) { $start.ArgumentList.Add($argument) }
        $start.RedirectStandardInput = $true
        $start.RedirectStandardOutput = $true
        $start.RedirectStandardError = $true
        $start.UseShellExecute = $false
        $process = [System.Diagnostics.Process]::Start($start)
        $process.StandardInput.Write((@($Answers) | ForEach-Object { "$_`n" }) -join '')
        $process.StandardInput.Close()
        $errors = $process.StandardError.ReadToEndAsync()
        $output = $process.StandardOutput.ReadToEnd()
        $process.WaitForExit()
        $process.ExitCode | Should -Be 0 -Because ($output + $errors.Result)
        $sections = ($output -replace '\s+', ' ') -split '##STEP##' | Select-Object -Skip 1
        for ($i = 0; $i -lt $Steps.Count; $i++) {
            $saved = "$file-$i.xml"
            [pscustomobject]@{
                Prompts = @([regex]::Matches($sections[$i], 'Performing the operation "[^"]+" on target "[^"]*"') | ForEach-Object Value)
                Results = @(if (Test-Path $saved) { [System.Management.Automation.PSSerializer]::Deserialize((Get-Content $saved -Raw)) })
            }
        }
    }
}

AfterAll {
    Remove-AllSessions
    Stop-TestMockServer
}

Describe 'New-SgSale -WhatIf and -Confirm' {
    BeforeAll {
        Reset-Mock
        Remove-AllSessions
        $null = Connect-TestSession -Name Demo
        $csv = New-SaleCsv 'three.csv' 'C-1', 'C-2', 'C-3'
    }

    It '-WhatIf says what it would sell, writes no journal and sends nothing' {
        $journal = Join-Path $TestDrive 'whatif.jsonl'
        $results = Import-Csv $csv | New-SgSale -JournalPath $journal -WhatIf
        $results.Status | Should -Be @('Skipped', 'Skipped', 'Skipped')
        Get-SalePostCount | Should -Be 0
        Test-Path $journal | Should -BeFalse
    }

    Context 'at the prompts of a console host' {
        BeforeAll {
            $confirm, $medium, $silent = Invoke-Answered -Answers 'Y', 'N', 'Y', 'L' -Steps @(
                "Import-Csv '$csv' | New-SgSale -JournalPath '$(Join-Path $TestDrive 'confirm.jsonl')' -MaxConcurrency 1 -Confirm"
                "& { `$ConfirmPreference = 'Medium'; Import-Csv '$(New-SaleCsv 'pref.csv' 'P-1')' | New-SgSale -JournalPath '$(Join-Path $TestDrive 'pref.jsonl')' }"
                "& { `$ConfirmPreference = 'Medium'; Import-Csv '$(New-SaleCsv 'silent.csv' 'Q-1')' | New-SgSale -JournalPath '$(Join-Path $TestDrive 'silent.jsonl')' -Confirm:`$false }"
            )
            $sold = @((Get-MockOrders).requested_order_id)
        }

        It '-Confirm asks once per order, naming it, and sells only the orders answered Yes' {
            $confirm.Prompts | Should -Be @(
                'Performing the operation "Sell" on target "order C-1 (1 voucher, total 50.50)"'
                'Performing the operation "Sell" on target "order C-2 (1 voucher, total 50.50)"'
                'Performing the operation "Sell" on target "order C-3 (1 voucher, total 50.50)"'
            )
            ($confirm.Results | ForEach-Object { "$($_.OrderId):$($_.Status)" }) | Should -Be @('C-1:Confirmed', 'C-2:Skipped', 'C-3:Confirmed')
            $sold | Should -Contain 'C-1'
            $sold | Should -Not -Contain 'C-2'
            $sold | Should -Contain 'C-3'
        }

        It '$ConfirmPreference = ''Medium'' makes it ask unbidden (ConfirmImpact Medium): answered No to All, nothing is sold' {
            $medium.Prompts.Count | Should -Be 1
            $medium.Results.Status | Should -Be 'Skipped'
            $sold | Should -Not -Contain 'P-1'
        }

        It '-Confirm:$false does not ask, whatever $ConfirmPreference says' {
            $silent.Prompts | Should -BeNullOrEmpty
            $silent.Results.Status | Should -Be 'Confirmed'
            $sold | Should -Contain 'Q-1'
        }
    }
}

Describe 'Invoke-SgRedeem -WhatIf and -Confirm' {
    BeforeAll {
        Reset-Mock
        Remove-AllSessions
        $null = Connect-TestSession -Name Demo
        $seeded = @(Get-MockRedemptions).Count
        $csv = Join-Path $TestDrive 'redeem.csv'
        Set-Content $csv 'reference,voucher_no,site_id,value', 'W-1,DEMO000001,1,1.00', 'W-2,DEMO000002,1,2.00'
    }

    It '-WhatIf checks the rows, writes no journal and redeems nothing' {
        $journal = Join-Path $TestDrive 'whatif.jsonl'
        (Import-Csv $csv | Invoke-SgRedeem -JournalPath $journal -WhatIf).Status | Should -Be @('Skipped', 'Skipped')
        (Invoke-SgRedeem DEMO000001 -Value 1.00 -WhatIf).Status | Should -Be 'Skipped'
        @(Get-MockRedemptions).Count | Should -Be $seeded
        Test-Path $journal | Should -BeFalse
    }

    Context 'at the prompts of a console host' {
        BeforeAll {
            $csvAll = Join-Path $TestDrive 'all.csv'
            Set-Content $csvAll 'reference,voucher_no,site_id,value', 'Y-1,DEMO000001,1,1.00', 'Y-2,DEMO000001,1,1.00', 'Y-3,DEMO000001,1,1.00'
            $confirm, $all, $medium = Invoke-Answered -Answers 'N', 'Y', 'A', 'N' -Steps @(
                "Import-Csv '$csv' | Invoke-SgRedeem -JournalPath '$(Join-Path $TestDrive 'confirm.jsonl')' -MaxConcurrency 1 -Confirm"
                "Import-Csv '$csvAll' | Invoke-SgRedeem -JournalPath '$(Join-Path $TestDrive 'all.jsonl')' -MaxConcurrency 1 -Confirm"
                "& { `$ConfirmPreference = 'Medium'; Invoke-SgRedeem DEMO000002 -Value 3.00 }"
            )
            $made = @(Get-MockRedemptions | Select-Object -Skip $seeded)
        }

        It '-Confirm asks once per redemption, naming voucher, site and value, and redeems only those answered Yes' {
            $confirm.Prompts | Should -Be @(
                'Performing the operation "Redeem" on target "voucher DEMO000001 at site 1: 1.00"'
                'Performing the operation "Redeem" on target "voucher DEMO000002 at site 1: 2.00"'
            )
            ($confirm.Results | ForEach-Object { "$($_.Reference):$($_.Status)" }) | Should -Be @('W-1:Skipped', 'W-2:Confirmed')
            ($made | Where-Object amount -eq 2).voucher_no | Should -Be 'DEMO000002'
        }

        It 'answered "Yes to All", it redeems the rest without asking again' {
            $all.Prompts.Count | Should -Be 1
            $all.Results.Status | Should -Be @('Confirmed', 'Confirmed', 'Confirmed')
        }

        It '$ConfirmPreference = ''Medium'' makes it ask for a single redemption too; answered No, nothing is redeemed' {
            $medium.Prompts.Count | Should -Be 1
            $medium.Results.Status | Should -Be 'Skipped'
            # W-2 and Y-1..Y-3: four redemptions in all.
            $made.Count | Should -Be 4
        }
    }
}

Describe 'Lock-SgVoucher -WhatIf and -Confirm' {
    BeforeAll {
        Reset-Mock
        Remove-AllSessions
        $null = Connect-TestSession -Name Demo
        function Get-HeldVouchers { @((Invoke-MockControl vouchers).data | Where-Object { $_.hold }).voucher_no | Sort-Object }
    }

    It '-WhatIf holds nothing' {
        Lock-SgVoucher DEMO000001, DEMO000002 -WhatIf | Should -BeNullOrEmpty
        Get-HeldVouchers | Should -BeNullOrEmpty
    }

    Context 'at the prompts of a console host' {
        BeforeAll {
            $confirm, $medium, $low, $silent = Invoke-Answered -Answers 'N', 'Y', 'N' -Steps @(
                'Lock-SgVoucher DEMO000001, DEMO000002 -Confirm'
                "& { `$ConfirmPreference = 'Medium'; Lock-SgVoucher DEMO000006 }"
                "& { `$ConfirmPreference = 'Low'; Lock-SgVoucher DEMO000007 }"
                "& { `$ConfirmPreference = 'Low'; Lock-SgVoucher DEMO000001 -Confirm:`$false }"
            )
            $held = Get-HeldVouchers
        }

        It '-Confirm asks per voucher and holds only those answered Yes' {
            $confirm.Prompts | Should -Be @(
                'Performing the operation "Hold for five minutes" on target "voucher DEMO000001"'
                'Performing the operation "Hold for five minutes" on target "voucher DEMO000002"'
            )
            $confirm.Results.VoucherNumber | Should -Be 'DEMO000002'
        }

        It 'does not ask unbidden at $ConfirmPreference = ''Medium'' (ConfirmImpact Low)' {
            $medium.Prompts | Should -BeNullOrEmpty
            $medium.Results.VoucherNumber | Should -Be 'DEMO000006'
        }

        It 'asks unbidden at $ConfirmPreference = ''Low''; answered No, it holds nothing' {
            $low.Prompts.Count | Should -Be 1
            $low.Results | Should -BeNullOrEmpty
        }

        It 'never asks with -Confirm:$false' {
            $silent.Prompts | Should -BeNullOrEmpty
            $silent.Results.VoucherNumber | Should -Be 'DEMO000001'
            $held | Should -Be @('DEMO000001', 'DEMO000002', 'DEMO000006')
        }
    }
}

Describe 'Set-SgJournalRecord -WhatIf and -Confirm' {
    BeforeAll {
        Reset-Mock
        Remove-AllSessions
        $null = Connect-TestSession -Name Demo
        # Two orders refused before sending (a voucher the catalogue does not sell): Failed in the ledger, waiting for a person.
        $refused = Join-Path $TestDrive 'refused.csv'
        (Get-Content (New-SaleCsv 'refused-source.csv' 'SP-1', 'SP-2')) -replace ',271,', ',999999,' | Set-Content $refused
        $null = New-SgSale -Path $refused -ErrorAction SilentlyContinue
    }

    It '-WhatIf settles nothing and says what it would settle' {
        Set-SgJournalRecord SP-1 -Drop -WhatIf | Should -BeNullOrEmpty
        @(Get-SgJournalRecord | Where-Object Key -like 'SP-*').State | Should -Be @('Failed', 'Failed')
    }

    It '-Confirm asks once per key, naming it and the decision, and settles only those answered Yes' {
        $answered, $after = Invoke-Answered -Answers 'N', 'Y' -Steps @(
            "Set-SgJournalRecord SP-1, SP-2 -Drop -Confirm"
            "Get-SgJournalRecord -All | Where-Object Key -like 'SP-*'"
        )
        $answered.Prompts | Should -Be @(
            'Performing the operation "Settle as drop" on target "SP-1"'
            'Performing the operation "Settle as drop" on target "SP-2"'
        )
        ($answered.Results | ForEach-Object { "$($_.Key):$($_.State)" }) | Should -Be 'SP-2:Settled'
        $after.Prompts | Should -BeNullOrEmpty
        ($after.Results | ForEach-Object { "$($_.Key):$($_.State)" }) | Should -Be @('SP-1:Failed', 'SP-2:Settled')
    }
}
