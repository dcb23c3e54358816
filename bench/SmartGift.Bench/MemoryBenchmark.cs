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
        using var folder = new ScratchFolder();
        var path = folder.File("sales.csv");
        var clock = Stopwatch.StartNew();
        SaleCsvFile.Write(path, settings.MemoryRows);
        log($"  generated {settings.MemoryRows:N0} rows ({new FileInfo(path).Length / 1048576.0:0} MB) in {clock.Elapsed.TotalSeconds:0.0} s");

        // The dry run still reads the catalogue to check voucher ids, so it gets a server.
        await using var server = await BenchServer.StartUnlimitedAsync();
        var memory = await DryRunAsync(new DryRunJob(server.BaseAddress, path, settings.Concurrency, null));
        log($"  dry run: {memory.Rows:N0} rows, {memory.Orders:N0} orders ({memory.Invalid} refused) in {memory.Seconds:0.0} s, "
            + $"working set {memory.StartBytes / 1048576.0:0} MB at start, peak {memory.PeakMegabytes:0} MB, "
            + $"live managed objects {memory.RetainedMegabytes:0} MB once complete"
            + (memory.Problem != null ? "; first problem: " + memory.Problem : ""));
        return memory;
    }

    /// <summary>The dry run in a child process of its own (LedgerBenchmark's too).</summary>
    public static Task<MemoryResult> DryRunAsync(DryRunJob job) =>
        ChildProcess.RunAsync<DryRunJob, MemoryResult>(ChildCommand, job, TimeSpan.FromMinutes(5));

    /// <summary>The child side; with a ledger the dry run reads that ledger too (LedgerBenchmark).</summary>
    public static MemoryResult RunChild(DryRunJob job)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var startBytes = process.WorkingSet64;
        var clock = Stopwatch.StartNew();
        ImportOutcome outcome;
        using (var session = BenchSettings.NewSession(job.BaseAddress, job.Ledger))
        using (var reader = SaleCsvReader.Open(job.Csv))
        {
            var options = BenchSettings.ImportOptions(job.Concurrency, dryRun: true, ledger: job.Ledger != null);
            outcome = ImportOutcome.Run(session, options, reader.ReadRows(), measureRetained: true);
        }

        process.Refresh();
        return new MemoryResult(outcome.Fed, outcome.Results, outcome[RecordStatus.Failed] + outcome[RecordStatus.Unknown],
            startBytes, process.PeakWorkingSet64, outcome.RetainedBytes ?? 0, clock.Elapsed.TotalSeconds, outcome.FirstProblem);
    }
}

/// <summary>What a memory child measures: a dry run of <see cref="Csv"/>, with the ledger at <see cref="Ledger"/> or none.</summary>
internal sealed record DryRunJob(Uri BaseAddress, string Csv, int? Concurrency, string? Ledger);

internal sealed record MemoryResult(long Rows, int Orders, int Invalid, long StartBytes, long PeakBytes, long RetainedBytes, double Seconds, string? Problem)
{
    public double RetainedMegabytes => RetainedBytes / 1048576.0;
    public double PeakMegabytes => PeakBytes / 1048576.0;
}
