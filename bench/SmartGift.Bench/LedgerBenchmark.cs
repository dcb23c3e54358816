using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace SmartGift.Bench;

/// <summary>
/// What the ledger costs (issue 18): a large dry run with and without a ledger that already
/// holds sales (time and peak memory), and sends per second with the rate limit lifted: the
/// journal alone (how every bulk run was made safe before), the ledger alone (the default now),
/// and both. Each figure comes from a child process of its own.
/// </summary>
internal static class LedgerBenchmark
{
    private const int LedgerSales = 2_000;
    private const int SendSales = 1_000;

    public static async Task<LedgerResult> RunAsync(BenchSettings settings, Action<string> log)
    {
        var folder = Path.Combine(Path.GetTempPath(), "smartgift-bench-ledger-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var server = await BenchServer.StartUnlimitedAsync();
            var ledger = Path.Combine(folder, "company.ledger.db");
            var clock = Stopwatch.StartNew();
            using (var session = NewSession(server.BaseAddress, ledger))
                ImportDriver.Run(session, BenchSettings.ImportOptions(settings.Concurrency, ledger: true), Enumerable.Range(0, LedgerSales).Select(i => SampleOrders.Row("held", i)));
            log($"  a ledger holding {LedgerSales:N0} sales, made in {clock.Elapsed.TotalSeconds:0.0} s");

            var csv = Path.Combine(folder, "sales.csv");
            SaleCsvFile.Write(csv, settings.MemoryRows);
            // Two rounds, interleaved (the shared machine's load and the file cache drift); the faster of each side.
            MemoryResult? without = null, with = null;
            for (var round = 0; round < 2; round++)
            {
                without = Faster(without, await DryRunAsync(server, csv, null, settings, log));
                with = Faster(with, await DryRunAsync(server, csv, ledger, settings, log));
            }

            var sends = new List<SendRate>();
            foreach (var mode in new[] { "journal", "ledger", "ledger-journal" })
                sends.Add(await SendsAsync(server, mode, folder, settings, log));
            return new LedgerResult(without!, with!, sends);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static MemoryResult Faster(MemoryResult? best, MemoryResult next) => best == null || next.Seconds < best.Seconds ? next : best;

    private static async Task<MemoryResult> DryRunAsync(BenchServer server, string csv, string? ledger, BenchSettings settings, Action<string> log)
    {
        var args = new List<string> { MemoryBenchmark.ChildCommand, "--base-url", server.BaseAddress.ToString(), "--csv", csv };
        if (ledger != null) args.AddRange(new[] { "--ledger", ledger });
        if (settings.Concurrency is int n) args.AddRange(new[] { "--concurrency", n.ToString(CultureInfo.InvariantCulture) });
        var result = MemoryBenchmark.Read(await ChildProcess.RunAsync(args, TimeSpan.FromMinutes(5)));
        log($"  dry run {(ledger == null ? "without" : "with")} the ledger: {result.Rows:N0} rows in {result.Seconds:0.0} s, peak {result.PeakMegabytes:0} MB");
        return result;
    }

    private static async Task<SendRate> SendsAsync(BenchServer server, string mode, string folder, BenchSettings settings, Action<string> log)
    {
        var args = new List<string>
        {
            ClientCostBenchmark.ChildCommand, "--base-url", server.BaseAddress.ToString(), "--mode", mode,
            "--sales", SendSales.ToString(CultureInfo.InvariantCulture),
            "--warmup", "50",
            "--concurrency", (settings.Concurrency ?? new ImportOptions<SaleRequest>().MaxConcurrency).ToString(CultureInfo.InvariantCulture),
            "--prefix", "send-" + mode,
            "--journal", Path.Combine(folder, mode + ".jsonl"),
            "--ledger", Path.Combine(folder, mode + ".ledger.db"),
        };
        var result = await ChildProcess.RunAsync(args, TimeSpan.FromSeconds(120));
        var rate = new SendRate(mode, result.GetProperty("ok").GetInt32(), result.GetProperty("wallMs").GetDouble());
        log($"  sends with {rate.Mode}: {rate.Ok} of {SendSales} in {rate.WallMs / 1000:0.00} s: {rate.PerSecond:0} per second");
        return rate;
    }

    public static SmartGiftSession NewSession(Uri baseAddress, string? ledger) =>
        new SmartGiftSession(new SmartGiftClientOptions(baseAddress, ApiKey.FromString(BenchSettings.ApiKey)) { LedgerPath = ledger }, "bench");
}

internal sealed record SendRate(string Mode, int Ok, double WallMs)
{
    public double PerSecond => Ok / (WallMs / 1000);
}

internal sealed record LedgerResult(MemoryResult Without, MemoryResult With, IReadOnlyList<SendRate> Sends)
{
    public double DryRunRatio => With.Seconds / Without.Seconds;
}
