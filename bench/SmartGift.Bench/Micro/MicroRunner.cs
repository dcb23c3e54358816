using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SmartGift.Bench.Micro;

/// <summary>
/// `micro`: BenchmarkDotNet over the hot paths. In process (no generated project to build,
/// which would also escape the team's build lock) and short runs: the machine is shared.
/// </summary>
internal static class MicroRunner
{
    public static int Run(IReadOnlyList<string> args)
    {
        var job = Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess");
        var config = DefaultConfig.Instance.AddJob(job).AddDiagnoser(MemoryDiagnoser.Default);
        // With no arguments the switcher would ask which benchmark to run; run them all instead.
        var switcherArgs = args.Count == 0 ? new[] { "--filter", "*" } : args.ToArray();
        var summaries = BenchmarkSwitcher
            .FromTypes(new[] { typeof(JsonSerializationBenchmarks), typeof(CsvParsingBenchmarks), typeof(CartBuildingBenchmarks) })
            .Run(switcherArgs, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
