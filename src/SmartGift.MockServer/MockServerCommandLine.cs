namespace SmartGift.MockServer;

/// <summary>
/// The mock server's command line: parses argv into <see cref="MockServerOptions"/>, then runs
/// a server from options (the CLI's `smartgift mock-server` builds the options itself and calls
/// the same <see cref="RunAsync(MockServerOptions, TextWriter, CancellationToken)"/>).
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
        SeedPath = NullIfEmpty(Environment.GetEnvironmentVariable(SeedVariable)),
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
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

        return await RunAsync(options, output, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a server with these options, prints its address and keys, and serves until cancelled.</summary>
    public static async Task<int> RunAsync(MockServerOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        if (options.SeedPath != null && !File.Exists(options.SeedPath))
        {
            output.WriteLine($"The mock server could not start: the seed file '{options.SeedPath}' does not exist.");
            return UsageError;
        }

        MockServerHost host;
        try
        {
            host = await MockServerHost.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return Stopped;
        }
        catch (Exception e) when (e is IOException || e is InvalidDataException || e is UnauthorizedAccessException)
        {
            output.WriteLine($"The mock server could not start: {e.Message}");
            return CouldNotStart;
        }

        await using (host.ConfigureAwait(false))
        {
            output.WriteLine($"SmartGift mock server listening on {host.BaseAddress}");
            output.WriteLine(options.SeedPath == null ? "Seed: built-in demo seed" : $"Seed: {options.SeedPath}");
            output.WriteLine("API keys (Smart-Auth header):");
            foreach (var key in host.ApiKeys.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                output.WriteLine($"  {key.Key}  {key.Value}");
            }

            output.WriteLine($"Rate limit: {options.RateLimit} requests per {options.RateWindow.TotalSeconds:0} s. Controls under {host.BaseAddress}_mock/. Press Ctrl+C to stop.");
            output.Flush();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop cleanly.
            }
        }

        output.WriteLine("SmartGift mock server stopped.");
        output.Flush();
        return Stopped;
    }

    private static T Positive<T>(string name, T value) where T : IComparable<T> =>
        value.CompareTo(default!) > 0 ? value : throw new ArgumentException($"{name} must be greater than 0.");

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
