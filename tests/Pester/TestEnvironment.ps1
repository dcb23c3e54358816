# Shared by every *.Tests.ps1 file (dot-sourced in BeforeAll): starts the mock server, imports the
# built module, and talks to the mock server's /_mock/ controls.

# Plain variables (no $script:), so that dot-sourcing in BeforeAll makes them visible to every It;
# the functions read the shared state through $SgTest, a hashtable they can update in place.
$RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
# The one version (Directory.Build.props), which the build writes into the module folder's manifest.
$ModuleVersion = (Select-Xml -Path (Join-Path $RepoRoot 'Directory.Build.props') -XPath '/Project/PropertyGroup/Version').Node.InnerText
$ModuleManifest = Join-Path $RepoRoot "out/SmartGift/$ModuleVersion/SmartGift.psd1"
$SalesCsv = Join-Path $RepoRoot 'docs/samples/sales.csv'
$RedemptionsCsv = Join-Path $RepoRoot 'docs/samples/redemptions.csv'
# The required sale columns only (one row is one order of one voucher): what the small test files write.
$RequiredSaleHeader = 'order_id,voucher_id,price,first_name,last_name,email,address1,postcode,town,county,delivery_method,delivery_price,payment_method_id,payment_amount'
# The built mock server and CLI: told by the test project (LocalPowerShell), else asked of MSBuild
# (a file run by hand), never a bin/<configuration>/<framework> path written here.
function Get-BuiltAssembly([string] $Project, [string] $Variable) {
    $told = [Environment]::GetEnvironmentVariable($Variable)
    if ($told) { return $told }
    $path = & dotnet msbuild (Join-Path $RepoRoot $Project) -getProperty:TargetPath -p:Configuration=Release
    [Environment]::SetEnvironmentVariable($Variable, $path)
    $path
}
$SgTest = @{ RepoRoot = $RepoRoot; MockProcess = $null; MockUri = $null }
# The ledgers of this test run (DESIGN 6): a temporary folder, never the user's data folder; one
# ledger per mock server (named by its port), forgotten when the server is reset or replaced.
if (-not $env:SMARTGIFT_DATA_DIR) { $env:SMARTGIFT_DATA_DIR = Join-Path ([IO.Path]::GetTempPath()) "smartgift-pester-ledgers-$PID" }
$null = New-Item -ItemType Directory -Force -Path $env:SMARTGIFT_DATA_DIR
$env:SMARTGIFT_COMPANY = $null
function Clear-TestLedger {
    if ($SgTest.MockUri) {
        Get-ChildItem -Path $env:SMARTGIFT_DATA_DIR -Filter "*.$($SgTest.MockUri.Host)_$($SgTest.MockUri.Port).ledger.db*" -ErrorAction SilentlyContinue | Remove-Item -Force
    }
}

function Start-TestMockServer {
    # Port 0: the OS picks a free port; the server prints "SmartGift mock server listening on <url>".
    # A high rate limit keeps the suite from waiting out real rate-limit windows.
    # The built server, started directly (dotnet run would evaluate the project again for every file).
    $server = Get-BuiltAssembly 'src/SmartGift.MockServer/SmartGift.MockServer.csproj' 'SMARTGIFT_TEST_MOCK_SERVER'
    $start = [System.Diagnostics.ProcessStartInfo]::new('dotnet')
    foreach ($argument in @($server, '--urls', 'http://127.0.0.1:0', '--rate-limit', '10000')) {
        $start.ArgumentList.Add($argument)
    }
    $start.RedirectStandardOutput = $true
    $start.UseShellExecute = $false
    $process = [System.Diagnostics.Process]::Start($start)
    $deadline = [DateTime]::UtcNow.AddSeconds(90)
    while ($true) {
        $line = $process.StandardOutput.ReadLineAsync()
        $remaining = [int][Math]::Max(0, ($deadline - [DateTime]::UtcNow).TotalMilliseconds)
        if (-not $line.Wait($remaining) -or $null -eq $line.Result) {
            if (-not $process.HasExited) { $process.Kill($true) }
            throw 'The mock server did not print its address (is it built? dotnet build src/SmartGift.MockServer -c Release)'
        }
        if ($line.Result -match 'listening on (https?://\S+)') {
            # Keep draining its output, or a full pipe would one day block the server.
            $null = $process.StandardOutput.BaseStream.CopyToAsync([System.IO.Stream]::Null)
            $SgTest.MockProcess = $process
            $SgTest.MockUri = [Uri]$Matches[1]
            Clear-TestLedger
            return $SgTest.MockUri
        }
    }
}

function Stop-TestMockServer {
    if ($SgTest.MockProcess -and -not $SgTest.MockProcess.HasExited) {
        $SgTest.MockProcess.Kill($true)
        $SgTest.MockProcess.WaitForExit()
    }
    $SgTest.MockProcess = $null
}

function Invoke-MockControl {
    param([string] $Path, [string] $Method = 'Get', [object] $Body)
    $uri = [Uri]::new($SgTest.MockUri, "_mock/$Path")
    if ($PSBoundParameters.ContainsKey('Body')) {
        Invoke-RestMethod -Uri $uri -Method $Method -Body ($Body | ConvertTo-Json -Depth 5) -ContentType 'application/json'
    }
    else {
        Invoke-RestMethod -Uri $uri -Method $Method
    }
}

function Get-MockOrders { @((Invoke-MockControl orders).data) }
function Get-MockRedemptions { @((Invoke-MockControl redemptions).data) }
function Get-MockRequests { @((Invoke-MockControl requests).data) }
# Sales that reached the mock (POSTs to a sale endpoint): what a test checks was or was not sent.
function Get-SalePostCount { @(Get-MockRequests | Where-Object { $_.method -eq 'POST' -and $_.path -in '/pos-sale', '/sale' }).Count }
# The ledger file of the test key's company on this run's mock server (as LedgerLocation names it).
function Get-TestLedgerPath {
    @(Get-ChildItem -Path $env:SMARTGIFT_DATA_DIR -Filter "key-*.$($SgTest.MockUri.Host)_$($SgTest.MockUri.Port).ledger.db")[0].FullName
}
function Reset-Mock { $null = Invoke-MockControl reset -Method Post; Clear-TestLedger }

function ConvertTo-TestKey([string] $Key) { ConvertTo-SecureString -String $Key -AsPlainText -Force }

function Connect-TestSession {
    param([string] $Name = 'Demo', [string] $Key = 'sk_test_demo', [string] $SiteId = '1')
    Connect-SgService -Name $Name -ApiKey (ConvertTo-TestKey $Key) -BaseUri $SgTest.MockUri -SiteId $SiteId -PassThru
}

function Remove-AllSessions { Get-SgSession | Disconnect-SgService }

# The same pwsh as this one, as a file and the arguments before the script's own: `dotnet pwsh.dll`
# when it is the .NET tool.
function Get-PwshCommand {
    $exe = [Environment]::ProcessPath
    $prefix = @(if ([IO.Path]::GetFileNameWithoutExtension($exe) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
    [pscustomobject]@{ File = $exe; Arguments = $prefix + @('-NoProfile', '-NonInteractive') }
}

# A child PowerShell (a fresh process, so its loaded assemblies are its own).
function Invoke-ChildPwsh {
    param([Parameter(Mandatory)] [string] $Script)
    $pwsh = Get-PwshCommand
    $arguments = $pwsh.Arguments
    $output = & $pwsh.File @arguments -Command $Script 2>&1
    [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = ($output | Out-String) }
}
