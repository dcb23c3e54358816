using System;
using System.Diagnostics;
using System.IO;

namespace SmartGift.Reliability.Tests
{
    /// <summary>The real CLI (smartgift.dll, copied beside the tests by the project reference) in a child process.</summary>
    internal static class CliProcess
    {
        public static Process Start(string arguments, string apiKey = "sk_test_demo", Action<string>? onError = null)
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "smartgift.dll");
            if (!File.Exists(dll)) throw new FileNotFoundException("The CLI is not beside the tests.", dll);
            var info = new ProcessStartInfo("dotnet", "\"" + dll + "\" " + arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.Environment["SMARTGIFT_API_KEY"] = apiKey;
            var process = Process.Start(info)!;
            // Drain the pipes so a full buffer never blocks the child.
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) onError?.Invoke(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return process;
        }
    }
}
