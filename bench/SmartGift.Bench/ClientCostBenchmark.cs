using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

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
        var concurrency = settings.Concurrency ?? new ImportOptions<SaleRequest>().MaxConcurrency;
        var best = new Dictionary<string, CostSample>();
        CostSample? journaled = null;
        var journalFolder = Path.Combine(Path.GetTempPath(), "smartgift-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(journalFolder);
        try
        {
            for (var round = 1; round <= settings.CostRounds; round++)
            {
                foreach (var mode in new[] { "bare", "client", "import" })
                {
                    var sample = await MeasureAsync(server, settings, mode, settings.CostSales, concurrency, round, journalFolder, log);
                    if (!best.TryGetValue(mode, out var previous) || sample.CpuMicrosecondsPerSale < previous.CpuMicrosecondsPerSale) best[mode] = sample;
                }
            }

            // The journal flushes to the disk twice per sale: on this shared disk that can take long, so it gets
            // fewer sales, one round, and may time out without spoiling the rest.
            try
            {
                journaled = await MeasureAsync(server, settings, "journal", Math.Min(settings.CostSales, JournaledSales), concurrency, 1, journalFolder, log);
            }
            catch (TimeoutException e)
            {
                log("  cost, journal: " + e.Message);
            }
        }
        finally
        {
            Directory.Delete(journalFolder, recursive: true);
        }

        return new CostResult(best["bare"], best["client"], best["import"], journaled, settings.CostSales, concurrency);
    }

    private static async Task<CostSample> MeasureAsync(BenchServer server, BenchSettings settings, string mode, int sales, int concurrency, int round, string journalFolder, Action<string> log)
    {
        var args = new List<string>
        {
            ChildCommand, "--base-url", server.BaseAddress.ToString(), "--mode", mode,
            "--sales", sales.ToString(CultureInfo.InvariantCulture),
            "--warmup", settings.CostWarmup.ToString(CultureInfo.InvariantCulture),
            "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture),
            "--prefix", mode + round,
            "--journal", Path.Combine(journalFolder, "journal" + round + ".jsonl"),
        };
        var result = await ChildProcess.RunAsync(args, TimeSpan.FromSeconds(90));
        var sample = new CostSample(
            mode,
            result.GetProperty("cpuMs").GetDouble() * 1000 / sales,
            result.GetProperty("wallMs").GetDouble(),
            sales,
            result.GetProperty("ok").GetInt32(),
            result.GetProperty("problem").GetString());
        log($"  cost round {round}, {mode}: {sample.CpuMicrosecondsPerSale:0} us CPU per sale, {sample.Ok} of {sales} ok in {sample.WallMs / 1000:0.0} s"
            + (sample.Problem != null ? "; first problem: " + sample.Problem : ""));
        return sample;
    }

    /// <summary>The child side: one mode, warm-up first, then the measured sales.</summary>
    public static int RunChild(ChildArguments args)
    {
        var mode = args.Text("mode");
        var sales = args.Number("sales");
        var warmup = args.Number("warmup");
        var concurrency = args.Number("concurrency");
        var prefix = args.Text("prefix");
        var process = Process.GetCurrentProcess();

        Measured measured;
        switch (mode)
        {
            case "bare":
                measured = Bare(args.BaseAddress, prefix, warmup, sales, concurrency, process);
                break;
            case "client":
                measured = Client(args.BaseAddress, prefix, warmup, sales, concurrency, process);
                break;
            case "import":
            case "journal":
            case "ledger":
            case "ledger-journal":
                var journal = mode.EndsWith("journal", StringComparison.Ordinal) ? args.Text("journal") : null;
                var ledger = mode.StartsWith("ledger", StringComparison.Ordinal) ? args.Text("ledger") : null;
                measured = Import(args.BaseAddress, prefix, warmup, sales, concurrency, journal, ledger, process);
                break;
            default:
                throw new ArgumentException("Unknown cost mode '" + mode + "'.");
        }

        ChildProcess.Report(new { mode, cpuMs = measured.Cpu.TotalMilliseconds, wallMs = measured.Wall.TotalMilliseconds, ok = measured.Ok, problem = measured.Problem });
        return 0;
    }

    private static Measured Import(Uri baseAddress, string prefix, int warmup, int sales, int concurrency, string? journalPath, string? ledgerPath, Process process)
    {
        using var session = LedgerBenchmark.NewSession(baseAddress, ledgerPath);
        var ledger = ledgerPath != null;
        var warm = Enumerable.Range(0, warmup).Select(i => SampleOrders.Row(prefix + "w", i)).ToList();
        ImportDriver.Run(session, BenchSettings.ImportOptions(concurrency), warm);
        if (journalPath != null || ledger)
        {
            // A few journaled sales too, so the journal's code is compiled before it is measured.
            var warmJournal = Enumerable.Range(0, 20).Select(i => SampleOrders.Row(prefix + "j", i)).ToList();
            ImportDriver.Run(session, BenchSettings.ImportOptions(concurrency, journalPath: journalPath + ".warmup", ledger: ledger), warmJournal);
        }

        var rows = Enumerable.Range(0, sales).Select(i => SampleOrders.Row(prefix, i)).ToList();
        var (cpu, wall) = Start(process);
        var outcome = ImportDriver.Run(session, BenchSettings.ImportOptions(concurrency, journalPath: journalPath, ledger: ledger), rows);
        var (cpuUsed, wallUsed) = Stop(process, cpu, wall);
        return new Measured(cpuUsed, wallUsed, outcome[RecordStatus.Confirmed], outcome.FirstProblem);
    }

    /// <summary>SmartGiftClient.SellAsync alone (pipeline, governor, JSON both ways), without the engine: splits the import's cost.</summary>
    private static Measured Client(Uri baseAddress, string prefix, int warmup, int sales, int concurrency, Process process)
    {
        using var client = new SmartGiftClient(new SmartGiftClientOptions(baseAddress, ApiKey.FromString(BenchSettings.ApiKey)));
        SellAll(client, Enumerable.Range(0, warmup).Select(i => SampleOrders.Sale(prefix + "w", i)).ToArray(), concurrency);

        var prepared = Enumerable.Range(0, sales).Select(i => SampleOrders.Sale(prefix, i)).ToArray();
        var (cpu, wall) = Start(process);
        var (ok, problem) = SellAll(client, prepared, concurrency);
        var (cpuUsed, wallUsed) = Stop(process, cpu, wall);
        return new Measured(cpuUsed, wallUsed, ok, problem);
    }

    private static (int Ok, string? Problem) SellAll(SmartGiftClient client, SaleRequest[] sales, int concurrency)
    {
        var next = -1;
        var ok = 0;
        string? problem = null;
        async Task Loop()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < sales.Length)
            {
                try
                {
                    await client.SellAsync(sales[i]).ConfigureAwait(false);
                    Interlocked.Increment(ref ok);
                }
                catch (SmartGiftException e)
                {
                    Interlocked.CompareExchange(ref problem, e.Error.ToString(), null);
                }
            }
        }

        Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Loop))).GetAwaiter().GetResult();
        return (ok, problem);
    }

    private static Measured Bare(Uri baseAddress, string prefix, int warmup, int sales, int concurrency, Process process)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("Smart-Auth", BenchSettings.ApiKey);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        PostAll(http, Enumerable.Range(0, warmup).Select(i => SampleOrders.Body(prefix + "w", i)).ToArray(), concurrency);

        var bodies = Enumerable.Range(0, sales).Select(i => SampleOrders.Body(prefix, i)).ToArray();
        var (cpu, wall) = Start(process);
        var (ok, problem) = PostAll(http, bodies, concurrency);
        var (cpuUsed, wallUsed) = Stop(process, cpu, wall);
        return new Measured(cpuUsed, wallUsed, ok, problem);
    }

    /// <summary>As many loops as SaleImport overlaps requests, each posting the next body and reading the answer.</summary>
    private static (int Ok, string? Problem) PostAll(HttpClient http, byte[][] bodies, int concurrency)
    {
        var next = -1;
        var ok = 0;
        string? problem = null;
        async Task Loop()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < bodies.Length)
            {
                using var content = new ByteArrayContent(bodies[i]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await http.PostAsync("pos-sale", content).ConfigureAwait(false);
                var answer = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                if (response.IsSuccessStatusCode) Interlocked.Increment(ref ok);
                else Interlocked.CompareExchange(ref problem, (int)response.StatusCode + " " + System.Text.Encoding.UTF8.GetString(answer), null);
            }
        }

        Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Loop))).GetAwaiter().GetResult();
        return (ok, problem);
    }

    private static (TimeSpan Cpu, long Wall) Start(Process process)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        process.Refresh();
        return (process.TotalProcessorTime, Stopwatch.GetTimestamp());
    }

    private static (TimeSpan Cpu, TimeSpan Wall) Stop(Process process, TimeSpan cpu, long wall)
    {
        process.Refresh();
        return (process.TotalProcessorTime - cpu, Stopwatch.GetElapsedTime(wall));
    }

    private sealed record Measured(TimeSpan Cpu, TimeSpan Wall, int Ok, string? Problem);
}
