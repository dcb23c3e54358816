using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace SmartGift.Testing;

/// <summary>
/// The ledgers of a test run (DESIGN 6): every test process, and the CLI and pwsh processes it
/// starts (they inherit the variable), keeps its ledgers in one temporary folder of this run,
/// never in the user's data folder. A ledger is named by the server's host and port, so each
/// mock server has its own; a reset (or a new server on a reused port) forgets it.
/// </summary>
public static class TestLedger
{
    public static string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "smartgift-test-ledgers-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));

    // A library's module initializer, on purpose: it must run before any test of any project starts a process or a session.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "Test infrastructure: the ledger folder must be set before any test runs.")]
    [ModuleInitializer]
    internal static void UseTemporaryDataDirectory()
    {
        Directory.CreateDirectory(DataDirectory);
        // The names Core's LedgerLocation reads (this library shares no code with the client).
        Environment.SetEnvironmentVariable("SMARTGIFT_DATA_DIR", DataDirectory);
        Environment.SetEnvironmentVariable("SMARTGIFT_COMPANY", null);
    }

    /// <summary>Deletes every ledger of the server at this address (all companies).</summary>
    public static void Forget(Uri baseAddress)
    {
        // As LedgerLocation.Service names a server that is not one of Smart Gift's: host_port.
        var service = baseAddress.Host + "_" + baseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!Directory.Exists(DataDirectory)) return;
        foreach (var file in Directory.GetFiles(DataDirectory, "*." + service + ".ledger.db*")) File.Delete(file);
    }
}
