namespace SmartGift.Bench;

/// <summary>
/// CPU time per sale with the rate limit out of the way: SaleImport against a bare HttpClient
/// loop posting the same bodies, prepared in advance (the ceiling on this machine). Each side
/// runs in a child process, after a warm-up, so only the client's CPU is counted (the mock
/// server stays in the parent); each is run several times, interleaved, and the best is kept.
/// </summary>
internal static class ClientCostBenchmark
{
    public const string ChildCommand = "child-cost";
    private const int JournaledSales = 500;

    public static async Task<CostResult> RunAsync(BenchSettings settings, Action<string> log)
    {
        await using var server = await BenchServer.StartUnlimitedAsync();
        using var folder = new ScratchFolder();
        async Task<CostSample> MeasureAsync(string mode, int sales, int round)
        {
            var job = new CostJob(server.BaseAddress, mode, sales, settings.CostWarmup, settings.MaxConcurrency, mode + round, folder.File("journal" + round + ".jsonl"), null);
            var sample = await RunChildAsync(job, TimeSpan.FromSeconds(90));
            log($"  cost round {round}, {mode}: {sample.CpuMicrosecondsPerSale:0} us CPU per sale, {sample.Ok} of {sales} ok in {sample.WallMs / 1000:0.0} s"
                + (sample.Problem != null ? "; first problem: " + sample.Problem : ""));
            return sample;
        }

        var best = new Dictionary<string, CostSample>();
        for (var round = 1; round <= settings.CostRounds; round++)
        {
            foreach (var mode in new[] { "bare", "client", "import" })
            {
                var sample = await MeasureAsync(mode, settings.CostSales, round);
                if (!best.TryGetValue(mode, out var previous) || sample.CpuMicrosecondsPerSale < previous.CpuMicrosecondsPerSale) best[mode] = sample;
            }
        }

        // The journal flushes to the disk twice per sale: on this shared disk that can take long, so it gets
        // fewer sales, one round, and may time out without spoiling the rest.
        CostSample? journaled = null;
        try
        {
            journaled = await MeasureAsync("journal", Math.Min(settings.CostSales, JournaledSales), 1);
        }
        catch (TimeoutException e)
        {
            log("  cost, journal: " + e.Message);
        }

        return new CostResult(best["bare"], best["client"], best["import"], journaled);
    }

    /// <summary>One mode in a child process of its own (LedgerBenchmark's sends too).</summary>
    public static Task<CostSample> RunChildAsync(CostJob job, TimeSpan timeout) =>
        ChildProcess.RunAsync<CostJob, CostSample>(ChildCommand, job, timeout);

    /// <summary>The child side: one mode, warm-up first, then the measured sales.</summary>
    public static CostSample RunChild(CostJob job) => job.Mode switch
    {
        "bare" => Bare(job),
        "client" => Client(job),
        "import" or "journal" or "ledger" or "ledger-journal" => Import(job),
        _ => throw new ArgumentException("Unknown cost mode '" + job.Mode + "'."),
    };

    private static CostSample Import(CostJob job)
    {
        var journal = job.Mode.EndsWith("journal", StringComparison.Ordinal) ? job.Journal : null;
        var ledger = job.Mode.StartsWith("ledger", StringComparison.Ordinal);
        using var session = BenchSettings.NewSession(job.BaseAddress, ledger ? job.Ledger : null);
        ImportOutcome.Run(session, BenchSettings.ImportOptions(job.Concurrency), SampleOrders.Rows(job.Prefix + "w", job.Warmup));
        if (journal != null || ledger)
        {
            // A few journaled sales too, so the journal's code is compiled before it is measured.
            var warmJournal = journal == null ? null : journal + ".warmup";
            ImportOutcome.Run(session, BenchSettings.ImportOptions(job.Concurrency, journalPath: warmJournal, ledger: ledger), SampleOrders.Rows(job.Prefix + "j", 20));
        }

        var rows = SampleOrders.Rows(job.Prefix, job.Sales);
        return Measure(job, () =>
        {
            var outcome = ImportOutcome.Run(session, BenchSettings.ImportOptions(job.Concurrency, journalPath: journal, ledger: ledger), rows);
            return (outcome[RecordStatus.Confirmed], outcome.FirstProblem);
        });
    }

    /// <summary>SmartGiftClient.SellAsync alone (pipeline, governor, JSON both ways), without the engine: splits the import's cost.</summary>
    private static CostSample Client(CostJob job)
    {
        using var client = new SmartGiftClient(new SmartGiftClientOptions(job.BaseAddress, ApiKey.FromString(MockSeed.DemoKey)));
        async Task<string?> SellAsync(SaleRequest sale)
        {
            try
            {
                await client.SellAsync(sale).ConfigureAwait(false);
                return null;
            }
            catch (SmartGiftException e)
            {
                return e.Error.ToString();
            }
        }

        InParallel(SampleOrders.Sales(job.Prefix + "w", job.Warmup), job.Concurrency, SellAsync);
        var sales = SampleOrders.Sales(job.Prefix, job.Sales);
        return Measure(job, () => InParallel(sales, job.Concurrency, SellAsync));
    }

    private static CostSample Bare(CostJob job)
    {
        using var http = BareHttp.Client(job.BaseAddress);
        InParallel(SampleOrders.Bodies(job.Prefix + "w", job.Warmup), job.Concurrency, body => BareHttp.PostSaleAsync(http, body));
        var bodies = SampleOrders.Bodies(job.Prefix, job.Sales);
        return Measure(job, () => InParallel(bodies, job.Concurrency, body => BareHttp.PostSaleAsync(http, body)));
    }

    /// <summary>As many loops as SaleImport overlaps requests, each sending the next item (null back: sold; else the problem).</summary>
    private static (int Ok, string? Problem) InParallel<T>(T[] items, int concurrency, Func<T, Task<string?>> send)
    {
        var next = -1;
        var ok = 0;
        string? problem = null;
        async Task Loop()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < items.Length)
            {
                if (await send(items[i]).ConfigureAwait(false) is string failed) Interlocked.CompareExchange(ref problem, failed, null);
                else Interlocked.Increment(ref ok);
            }
        }

        Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Loop))).GetAwaiter().GetResult();
        return (ok, problem);
    }

    /// <summary>This process's CPU time and the wall time over <paramref name="run"/>, after a full collection.</summary>
    private static CostSample Measure(CostJob job, Func<(int Ok, string? Problem)> run)
    {
        var process = Process.GetCurrentProcess();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        process.Refresh();
        var (cpu, wall) = (process.TotalProcessorTime, Stopwatch.GetTimestamp());
        var (ok, problem) = run();
        process.Refresh();
        var cpuUsed = process.TotalProcessorTime - cpu;
        return new CostSample(job.Mode, cpuUsed.TotalMilliseconds * 1000 / job.Sales, Stopwatch.GetElapsedTime(wall).TotalMilliseconds, job.Sales, ok, problem);
    }
}

/// <summary>What a cost child measures: <see cref="Mode"/> is bare, client, import, journal, ledger or ledger-journal.</summary>
internal sealed record CostJob(Uri BaseAddress, string Mode, int Sales, int Warmup, int Concurrency, string Prefix, string? Journal, string? Ledger);

/// <summary>One child's measurement: CPU per sale over the measured sales.</summary>
internal sealed record CostSample(string Mode, double CpuMicrosecondsPerSale, double WallMs, int Sales, int Ok, string? Problem)
{
    public double PerSecond => Ok / (WallMs / 1000);
}

/// <summary>The best sample of each mode; the goal is SaleImport over the bare loop.</summary>
internal sealed record CostResult(CostSample Bare, CostSample Client, CostSample Import, CostSample? Journaled)
{
    public double ClientRatio => Client.CpuMicrosecondsPerSale / Bare.CpuMicrosecondsPerSale;
    public double Ratio => Import.CpuMicrosecondsPerSale / Bare.CpuMicrosecondsPerSale;
    public double? JournaledRatio => Journaled == null ? null : Journaled.CpuMicrosecondsPerSale / Bare.CpuMicrosecondsPerSale;
}
