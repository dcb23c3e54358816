namespace SmartGift.MockServer;

/// <summary>
/// The mock server's command line: <c>[--urls URL] [--seed FILE] [--rate-limit N] [--rate-window SECONDS] [--verbose]</c>
/// parsed into <see cref="MockServerOptions"/> for <see cref="MockServerHost.RunAsync"/>, which the CLI's `smartgift mock-server` calls too.
/// </summary>
public static class MockServerCommandLine
{
    public const string SeedVariable = "SMARTGIFT_MOCK_SEED";

    /// <summary>Exit codes: 0 stopped normally, 1 could not start (invalid seed, port in use), 2 bad command line or unreadable seed file.</summary>
    public const int Stopped = 0, CouldNotStart = 1, UsageError = 2;

    private const string Usage =
        "usage: SmartGift.MockServer [--urls URL] [--seed FILE] [--rate-limit N] [--rate-window SECONDS] [--verbose]\n" +
        "  --urls         where to listen (default http://127.0.0.1:5080)\n" +
        "  --seed         seed JSON file (default: " + SeedVariable + ", else the built-in demo seed)\n" +
        "  --rate-limit   requests per key per window (default 60)\n" +
        "  --rate-window  window length in seconds (default 60)\n" +
        "  --verbose      log requests to the console";

    /// <summary>The options a command-line run starts from: port 5080, the seed named by SMARTGIFT_MOCK_SEED.</summary>
    public static MockServerOptions Defaults() => new MockServerOptions
    {
        Urls = "http://127.0.0.1:5080",
        SeedPath = Environment.GetEnvironmentVariable(SeedVariable) is { } seed && seed.Trim().Length > 0 ? seed : null,
    };

    /// <summary>Program.cs's entry: parses the arguments, then serves until cancelled; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var options = Defaults();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            try
            {
                switch (name)
                {
                    case "--urls": options.Urls = Value(); break;
                    case "--seed": options.SeedPath = Value(); break;
                    case "--rate-limit": options.RateLimit = Positive(name, int.Parse(Value(), CultureInfo.InvariantCulture)); break;
                    case "--rate-window": options.RateWindow = TimeSpan.FromSeconds(Positive(name, double.Parse(Value(), CultureInfo.InvariantCulture))); break;
                    case "--verbose": options.Quiet = false; break;
                    case "-h":
                    case "--help":
                        output.WriteLine(Usage);
                        return Stopped;
                    default: throw new ArgumentException($"Unknown option {name}.");
                }
            }
            catch (Exception e) when (e is ArgumentException || e is FormatException || e is OverflowException)
            {
                output.WriteLine(e.Message);
                output.WriteLine(Usage);
                return UsageError;
            }
        }

        return await MockServerHost.RunAsync(options, output, cancellationToken).ConfigureAwait(false);
    }

    private static T Positive<T>(string name, T value) where T : IComparable<T> =>
        value.CompareTo(default!) > 0 ? value : throw new ArgumentException($"{name} must be greater than 0.");
}
