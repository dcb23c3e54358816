using System.Reflection;
using System.Runtime.InteropServices;

namespace SmartGift.Bench;

/// <summary>
/// Cold start of the installed tool, as an operator runs it: the CLI is packed (ReadyToRun, the
/// package of this machine's platform) and installed with `dotnet tool install --tool-path`,
/// and so is the floor, a console app of the same kind (packed and installed the same way)
/// that prints a line, or, for the floor of `vouchers`, makes one HttpClient GET of the same
/// mock server and prints the answer. Each command runs once to warm the disk cache, then the
/// four run in turn, round after round (the machine's load drifts), and each median is kept.
/// </summary>
internal static class StartupBenchmark
{
    public const int Rounds = 10;
    private const string FloorPackage = "SmartGift.StartupFloor";

    public static async Task<StartupResult> RunAsync(Action<string> log)
    {
        var rid = RuntimeInformation.RuntimeIdentifier;
        using var work = new ScratchFolder();
        var packages = work.File("packages");
        var version = typeof(SaleRequest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        log($"  packing the CLI for {rid} (ReadyToRun) and the floor app...");
        var cli = Path.Combine(RepositoryFiles.Root, "src", "SmartGift.Cli");
        Dotnet(work.Path, "pack", cli, "-c", "Release", "-o", packages, "-p:RuntimeIdentifiers=" + rid);
        var floor = Directory.CreateDirectory(work.File("floor")).FullName;
        File.WriteAllText(Path.Combine(floor, "Floor.csproj"), FloorProject);
        File.WriteAllText(Path.Combine(floor, "Program.cs"), FloorProgram);
        Dotnet(work.Path, "pack", floor, "-c", "Release", "-o", packages, "-p:RuntimeIdentifiers=" + rid);

        // Only the packages just made: no other feed is asked for either name.
        var config = work.File("nuget.config");
        File.WriteAllText(config, "<configuration><packageSources><clear /><add key=\"bench\" value=\"" + packages + "\" /></packageSources></configuration>");
        var tools = work.File("tools");
        Dotnet(work.Path, "tool", "install", "--tool-path", tools, "--configfile", config, "SmartGift.Cli", "--version", version);
        Dotnet(work.Path, "tool", "install", "--tool-path", tools, "--configfile", config, FloorPackage, "--version", "1.0.0");

        await using var server = await BenchServer.StartUnlimitedAsync().ConfigureAwait(false);
        var smartgift = Path.Combine(tools, "smartgift");
        var floorTool = Path.Combine(tools, "floor");
        var runs = new (string Name, string File, string[] Args)[]
        {
            ("floor", floorTool, Array.Empty<string>()),
            ("version", smartgift, new[] { "--version" }),
            ("floor get", floorTool, new[] { "get", server.BaseAddress + "vouchers" }),
            ("vouchers", smartgift, new[] { "--base-url", server.BaseAddress.ToString(), "vouchers" }),
        };
        var environment = new Dictionary<string, string?>
        {
            ["SMARTGIFT_API_KEY"] = MockSeed.DemoKey,
            ["SMARTGIFT_CONFIG_DIR"] = Directory.CreateDirectory(work.File("config")).FullName,
            ["SMARTGIFT_PROFILE"] = null,
            ["SMARTGIFT_DATA_DIR"] = null, // set in this process by SmartGift.Testing (TestLedger): not an operator's
        };
        var times = runs.ToDictionary(r => r.Name, _ => new List<double>());
        for (var round = 0; round <= Rounds; round++)
        {
            foreach (var (name, file, args) in runs)
            {
                var seconds = Run(file, args, environment);
                if (round > 0) times[name].Add(seconds);
            }
        }

        var result = new StartupResult(
            Median(times["version"]), Median(times["vouchers"]), Median(times["floor"]), Median(times["floor get"]), rid);
        log($"  smartgift --version {result.VersionSeconds:0.000} s, smartgift vouchers {result.VouchersSeconds:0.000} s; "
            + $"floor {result.FloorSeconds:0.000} s, with one GET {result.FloorGetSeconds:0.000} s (medians of {Rounds})");
        return result;
    }

    private static void Dotnet(string workingDirectory, params string[] args) =>
        Run("dotnet", args, new Dictionary<string, string?> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" }, workingDirectory);

    /// <summary>Runs to the end with its output read (a null value takes the variable away): the wall time from start to exit.</summary>
    private static double Run(string file, string[] args, Dictionary<string, string?> environment, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (workingDirectory != null) start.WorkingDirectory = workingDirectory;
        foreach (var (name, value) in environment)
        {
            if (value == null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + file);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var seconds = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            // dotnet writes its errors among the build output: their lines are enough.
            var errors = string.Join(" ", (output + error.Result).Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Take(3));
            throw new InvalidOperationException(Path.GetFileName(file) + " " + string.Join(" ", args) + " exited " + process.ExitCode + ": " + (errors.Length > 0 ? errors : error.Result));
        }

        return seconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Packed as the CLI is (a tool package per platform, ReadyToRun), outside the repository's build settings.</summary>
    private const string FloorProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <PackAsTool>true</PackAsTool>
            <ToolCommandName>floor</ToolCommandName>
            <PackageId>SmartGift.StartupFloor</PackageId>
            <Version>1.0.0</Version>
            <ToolPackageRuntimeIdentifiers>$(RuntimeIdentifiers)</ToolPackageRuntimeIdentifiers>
            <PublishReadyToRun>true</PublishReadyToRun>
          </PropertyGroup>
        </Project>
        """;

    /// <summary>"Hello, World!" (dotnet new console), or one GET with the key header, its answer printed.</summary>
    private const string FloorProgram = """
        using System;
        using System.Net.Http;

        public static class Program
        {
            public static int Main(string[] args)
            {
                if (args.Length == 2 && args[0] == "get") return Get(args[1]);
                Console.WriteLine("Hello, World!");
                return 0;
            }

            private static int Get(string url)
            {
                using var http = new HttpClient();
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.TryAddWithoutValidation("Smart-Auth", Environment.GetEnvironmentVariable("SMARTGIFT_API_KEY"));
                using var response = http.SendAsync(request).GetAwaiter().GetResult();
                Console.WriteLine(response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
                return response.IsSuccessStatusCode ? 0 : 1;
            }
        }
        """;
}

/// <summary>Medians, in seconds, of the installed tool and of its floors.</summary>
internal sealed record StartupResult(double VersionSeconds, double VouchersSeconds, double FloorSeconds, double FloorGetSeconds, string RuntimeIdentifier);
