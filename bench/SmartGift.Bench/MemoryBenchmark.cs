using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;

namespace SmartGift.Bench;

/// <summary>
/// Peak working set of a process that validates a generated CSV of a million rows without
/// sending it (SaleCsvReader into SaleImport with DryRun). The child process does only that,
/// so its peak is the import's footprint plus the runtime's own.
/// </summary>
internal static class MemoryBenchmark
{
    public const string ChildCommand = "child-memory";

    public static async Task<MemoryResult> RunAsync(BenchSettings settings, Action<string> log)
    {
        var folder = Path.Combine(Path.GetTempPath(), "smartgift-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var path = Path.Combine(folder, "sales.csv");
            var clock = Stopwatch.StartNew();
            SaleCsvFile.Write(path, settings.MemoryRows);
            log($"  generated {settings.MemoryRows:N0} rows ({new FileInfo(path).Length / 1048576.0:0} MB) in {clock.Elapsed.TotalSeconds:0.0} s");

            // The dry run still reads the catalogue to check voucher ids, so it gets a server.
            await using var server = await BenchServer.StartUnlimitedAsync();
            var args = new List<string> { ChildCommand, "--base-url", server.BaseAddress.ToString(), "--csv", path };
            if (settings.Concurrency is int n) args.AddRange(new[] { "--concurrency", n.ToString(CultureInfo.InvariantCulture) });
            var memory = Read(await ChildProcess.RunAsync(args, TimeSpan.FromMinutes(5)));
            log($"  dry run: {memory.Rows:N0} rows, {memory.Orders:N0} orders ({memory.Invalid} refused) in {memory.Seconds:0.0} s, "
                + $"working set {Mb(memory.StartBytes):0} MB at start, peak {Mb(memory.PeakBytes):0} MB, "
                + $"live managed objects {Mb(memory.RetainedBytes):0} MB once complete"
                + (memory.Problem != null ? "; first problem: " + memory.Problem : ""));
            return memory;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static MemoryResult Read(System.Text.Json.JsonElement result) => new MemoryResult(
        result.GetProperty("rows").GetInt64(),
        result.GetProperty("orders").GetInt32(),
        result.GetProperty("invalid").GetInt32(),
        result.GetProperty("startBytes").GetInt64(),
        result.GetProperty("peakBytes").GetInt64(),
        result.GetProperty("retainedBytes").GetInt64(),
        result.GetProperty("seconds").GetDouble(),
        result.GetProperty("problem").GetString());

    /// <summary>The child side; with --ledger PATH the dry run reads that ledger too (LedgerBenchmark).</summary>
    public static int RunChild(ChildArguments args)
    {
        var ledger = args.OptionalText("ledger");
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var startBytes = process.WorkingSet64;
        var clock = Stopwatch.StartNew();
        ImportOutcome outcome;
        long rows;
        using (var session = LedgerBenchmark.NewSession(args.BaseAddress, ledger))
        using (var reader = SaleCsvReader.Open(args.Text("csv")))
        {
            outcome = ImportDriver.Run(session, BenchSettings.ImportOptions(args.OptionalNumber("concurrency"), dryRun: true, ledger: ledger != null), reader.ReadRows(), measureRetained: true);
            rows = outcome.Fed;
        }

        process.Refresh();
        ChildProcess.Report(new
        {
            rows,
            orders = outcome.Results,
            invalid = outcome[RecordStatus.Failed] + outcome[RecordStatus.Unknown],
            startBytes,
            peakBytes = process.PeakWorkingSet64,
            retainedBytes = outcome.RetainedBytes ?? 0,
            seconds = clock.Elapsed.TotalSeconds,
            problem = outcome.FirstProblem,
        });
        return 0;
    }

    private static double Mb(long bytes) => bytes / 1048576.0;
}

internal sealed record MemoryResult(long Rows, int Orders, int Invalid, long StartBytes, long PeakBytes, long RetainedBytes, double Seconds, string? Problem)
{
    public double RetainedMegabytes => RetainedBytes / 1048576.0;
    public double PeakMegabytes => PeakBytes / 1048576.0;
}
