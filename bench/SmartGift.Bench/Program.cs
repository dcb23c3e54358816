using System.Runtime.InteropServices;
using SmartGift.Bench;
using SmartGift.Bench.Micro;

// dotnet run -c Release --project bench/SmartGift.Bench [-- micro ... | --only rate,cost,memory,ledger,startup ...]
// Exits non-zero only when something could not be measured; a missed goal is reported, not failed.
var command = args.Length > 0 ? args[0] : "";
var rest = args.Skip(1).ToArray();
switch (command)
{
    case "micro":
        return MicroRunner.Run(rest);
    case ClientCostBenchmark.ChildCommand:
        return ChildProcess.Serve<CostJob, CostSample>(rest, ClientCostBenchmark.RunChild);
    case MemoryBenchmark.ChildCommand:
        return ChildProcess.Serve<DryRunJob, MemoryResult>(rest, MemoryBenchmark.RunChild);
}

BenchSettings settings;
try
{
    settings = BenchSettings.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

void Log(string line) => Console.WriteLine(line);

Log($"SmartGift bench, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
Log($"rate limit {settings.RateLimit} per {settings.RateWindow.TotalSeconds:0} s (the real API's: 60 per 60 s), "
    + $"SaleImport MaxConcurrency {(settings.Concurrency?.ToString(CultureInfo.InvariantCulture) ?? "default (" + settings.MaxConcurrency + ")")}");
var report = new BenchReport(settings);
var total = Stopwatch.StartNew();

// One part of the run, if --only names it: a part that throws is reported as not measured, and the rest still run.
async Task Part(string part, string name, Func<Task> run)
{
    if (!settings.Parts.Contains(part)) return;
    Log($"{name}...");
    var clock = Stopwatch.StartNew();
    try
    {
        await run();
    }
    catch (Exception e)
    {
        report.Errors.Add((name, e.GetType().Name + ": " + e.Message));
        Console.Error.WriteLine($"{name} could not be measured: {e}");
    }

    Log($"  ({clock.Elapsed.TotalSeconds:0} s)");
}

// SaleImport and the naive loop side by side, each latency on its own server: one set of windows to wait for.
await Part("rate", "rate efficiency, SaleImport and the naive loop", async () =>
    (report.Rate, report.Naive) = await RateBenchmark.RunAsync(settings, Log));
await Part("cost", "client cost", async () => report.Cost = await ClientCostBenchmark.RunAsync(settings, Log));
await Part("memory", "memory", async () => report.Memory = await MemoryBenchmark.RunAsync(settings, Log));
await Part("ledger", "ledger", async () => report.Ledger = await LedgerBenchmark.RunAsync(settings, Log));
// Last, and alone: it packs (CPU-heavy) and then times processes.
await Part("startup", "start-up of the installed tool", async () => report.Startup = await StartupBenchmark.RunAsync(Log));

Log($"done in {total.Elapsed.TotalSeconds:0} s");
Log("");
report.Write(Console.Out);
return report.Errors.Count > 0 ? 1 : 0;
