using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace SmartGift.MockServer
{
    /// <summary>Parses the mock server's command line, starts it and keeps it running until cancelled.</summary>
    internal static class MockServerCommandLine
    {
        public const string SeedVariable = "SMARTGIFT_MOCK_SEED";

        private const string Usage =
            "usage: SmartGift.MockServer [--urls URL] [--seed FILE] [--rate-limit N] [--rate-window SECONDS] [--verbose]\n" +
            "  --urls         where to listen (default http://127.0.0.1:5080)\n" +
            "  --seed         seed JSON file (default: " + SeedVariable + ", else the built-in demo seed)\n" +
            "  --rate-limit   requests per key per window (default 60)\n" +
            "  --rate-window  window length in seconds (default 60)\n" +
            "  --verbose      log requests to the console";

        public static async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
        {
            var options = new MockServerOptions
            {
                Urls = "http://127.0.0.1:5080",
                SeedPath = NullIfEmpty(Environment.GetEnvironmentVariable(SeedVariable)),
            };
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
                        case "--rate-limit": options.RateLimit = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                        case "--rate-window": options.RateWindow = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)); break;
                        case "--verbose": options.Quiet = false; break;
                        case "-h":
                        case "--help":
                            output.WriteLine(Usage);
                            return 0;
                        default: throw new ArgumentException($"Unknown option {name}.");
                    }
                }
                catch (Exception e) when (e is ArgumentException || e is FormatException || e is OverflowException)
                {
                    output.WriteLine(e.Message);
                    output.WriteLine(Usage);
                    return 2;
                }
            }

            MockServerHost host;
            try
            {
                host = await MockServerHost.StartAsync(options, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException || e is InvalidDataException || e is UnauthorizedAccessException)
            {
                output.WriteLine($"The mock server could not start: {e.Message}");
                return 1;
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
                    // Ctrl+C: stop cleanly.
                }
            }

            return 0;
        }

        private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
