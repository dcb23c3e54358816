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
        using var folder = new ScratchFolder();
        await using var server = await BenchServer.StartUnlimitedAsync();
        var ledger = folder.File("company.ledger.db");
        var clock = Stopwatch.StartNew();
        using (var session = BenchSettings.NewSession(server.BaseAddress, ledger))
            ImportOutcome.Run(session, BenchSettings.ImportOptions(settings.Concurrency, ledger: true), SampleOrders.Rows("held", LedgerSales));
        log($"  a ledger holding {LedgerSales:N0} sales, made in {clock.Elapsed.TotalSeconds:0.0} s");

        var csv = folder.File("sales.csv");
        SaleCsvFile.Write(csv, settings.MemoryRows);
        async Task<MemoryResult> DryRunAsync(MemoryResult? best, string? withLedger)
        {
            var result = await MemoryBenchmark.DryRunAsync(new DryRunJob(server.BaseAddress, csv, settings.Concurrency, withLedger));
            log($"  dry run {(withLedger == null ? "without" : "with")} the ledger: {result.Rows:N0} rows in {result.Seconds:0.0} s, peak {result.PeakMegabytes:0} MB");
            return best == null || result.Seconds < best.Seconds ? result : best;
        }

        // Two rounds, interleaved (the shared machine's load and the file cache drift); the faster of each side.
        MemoryResult? without = null, with = null;
        for (var round = 0; round < 2; round++)
        {
            without = await DryRunAsync(without, null);
            with = await DryRunAsync(with, ledger);
        }

        var sends = new List<CostSample>();
        foreach (var mode in new[] { "journal", "ledger", "ledger-journal" })
        {
            var job = new CostJob(server.BaseAddress, mode, SendSales, 50, settings.MaxConcurrency, "send-" + mode, folder.File(mode + ".jsonl"), folder.File(mode + ".ledger.db"));
            var rate = await ClientCostBenchmark.RunChildAsync(job, TimeSpan.FromSeconds(120));
            log($"  sends with {rate.Mode}: {rate.Ok} of {SendSales} in {rate.WallMs / 1000:0.00} s: {rate.PerSecond:0} per second");
            sends.Add(rate);
        }

        return new LedgerResult(without!, with!, sends);
    }
}

internal sealed record LedgerResult(MemoryResult Without, MemoryResult With, IReadOnlyList<CostSample> Sends)
{
    public double DryRunRatio => With.Seconds / Without.Seconds;
}
