# Text from a server reaches the PowerShell host with its control characters made visible (issue 22,
# findings 9 and 13; DESIGN 19): a 422 whose message carries a terminal escape sequence, and a
# catalogue whose names carry one, from a small hostile server on 127.0.0.1 (HttpListener, one
# request at a time, stopped by the test).
BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module $ModuleManifest -Force
    Remove-AllSessions
    $Esc = [char]27
    # A free loopback port: the OS picks one, and the listener takes it.
    $probe = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $probe.Start(); $port = $probe.LocalEndpoint.Port; $probe.Stop()
    $Hostile = "http://127.0.0.1:$port/"
    $listener = [System.Net.HttpListener]::new()
    $listener.Prefixes.Add($Hostile)
    $listener.Start()
    # JSON escapes (\u001b), as a server sends them: the client decodes them into the characters themselves.
    $served = Start-ThreadJob -ArgumentList $listener -ScriptBlock {
        param($listener)
        while ($listener.IsListening) {
            try { $context = $listener.GetContext() } catch { break }
            $path = $context.Request.Url.AbsolutePath
            if ($path -eq '/vouchers') {
                $status = 200
                $body = '{"data":[{"id":270,"name":"Spa \u001b]52;c;aGVsbG8=\u0007 Day","type":"monetary","status":"active","price":"150.00"}]}'
            }
            elseif ($path -eq '/payment-methods') {
                $status = 200
                $body = '{"data":[{"id":11,"name":"Card"}]}'
            }
            else {
                $status = 422
                $body = '{"message":"Refused \u001b[2K\r\u001b[32mConfirmed (fake)\u001b[0m","errors":{}}'
            }
            $bytes = [System.Text.Encoding]::UTF8.GetBytes($body)
            $context.Response.StatusCode = $status
            $context.Response.ContentType = 'application/json'
            $context.Response.OutputStream.Write($bytes, 0, $bytes.Length)
            $context.Response.Close()
        }
    }
    $null = Connect-SgService -Name Hostile -ApiKey (ConvertTo-TestKey 'sk_test_demo') -BaseUri $Hostile -SiteId 1
}

AfterAll {
    Remove-AllSessions
    $listener.Stop()
    $listener.Close()
    $served | Remove-Job -Force
}

Describe 'A hostile server''s text reaches the host with its control characters visible' {
    It 'a 422 message with an escape sequence: the error record shows \e, never the escape character' {
        Invoke-SgRedeem DEMO000001 -Value 1.00 -ErrorAction SilentlyContinue -ErrorVariable failures | Out-Null
        $failures.Count | Should -BeGreaterThan 0
        $text = ($failures | Format-List * -Force | Out-String) + ($failures | ForEach-Object { $_.Exception.Message; $_.ErrorDetails.Message })
        $text | Should -Not -Match ([regex]::Escape([string]$Esc))
        $text | Should -Match ([regex]::Escape('\e[32mConfirmed (fake)'))
    }

    It 'a catalogue name with an OSC 52 clipboard sequence: the voucher''s name shows it, and a table of it holds no escape character' {
        $voucher = Get-SgVoucher -Force
        $voucher.Name | Should -Not -Match ([regex]::Escape([string]$Esc))
        $voucher.Name | Should -BeLike '*\e]52;c;*'
        ($voucher | Format-Table | Out-String) | Should -Not -Match ([regex]::Escape([string]$Esc))
    }
}
