namespace SmartGift.Bench;

/// <summary>
/// The figures a run uses. The rate runs use the real API's limit, 60 requests per 60 s, by
/// default: the governor learns a window's length only from a 429, so against a scaled-down
/// window it still waits the documented 60 s (see README). --window scales it anyway.
/// </summary>
internal sealed class BenchSettings
{
    public int RateLimit { get; set; } = 60;
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromSeconds(60);
    public IReadOnlyList<int> LatenciesMs { get; set; } = new[] { 0, 250, 1500 };

    /// <summary>Orders per latency for SaleImport: three and a half windows' worth, so three whole windows are measured.</summary>
    public int RateOrders => 7 * RateLimit / 2;

    /// <summary>No more orders are fed to SaleImport after this (a slow client would otherwise run for long): 3.5 windows.</summary>
    public TimeSpan RateFeedBound => TimeSpan.FromTicks(RateWindow.Ticks * 7 / 2);

    /// <summary>The naive loop starts no order after this: two windows are enough to see its rate.</summary>
    public TimeSpan NaiveFeedBound => TimeSpan.FromTicks(RateWindow.Ticks * 2) + TimeSpan.FromMilliseconds(500);

    /// <summary>SaleImport's MaxConcurrency; null keeps the engine's default.</summary>
    public int? Concurrency { get; set; }

    /// <summary>The MaxConcurrency the imports run with, and so the loops that measure against them.</summary>
    public int MaxConcurrency => Concurrency ?? new ImportOptions<SaleRequest>().MaxConcurrency;

    public int CostSales { get; set; } = 8000;
    public int CostWarmup { get; set; } = 500;
    public int CostRounds { get; set; } = 2;

    public int MemoryRows { get; set; } = 1_000_000;

    private static readonly string[] AllParts = { "rate", "cost", "memory", "ledger", "startup" };

    /// <summary>Which parts run: rate, cost, memory, ledger, startup.</summary>
    public ISet<string> Parts { get; } = new HashSet<string>(AllParts, StringComparer.OrdinalIgnoreCase);

    /// <summary>The options that take a whole number above 0.</summary>
    private static readonly Dictionary<string, Action<BenchSettings, int>> NumberOptions = new()
    {
        ["--concurrency"] = (settings, n) => settings.Concurrency = n,
        ["--window"] = (settings, n) => settings.RateWindow = TimeSpan.FromSeconds(n),
        ["--limit"] = (settings, n) => settings.RateLimit = n,
        ["--rows"] = (settings, n) => settings.MemoryRows = n,
        ["--cost-sales"] = (settings, n) => settings.CostSales = n,
    };

    /// <summary>--only rate,cost,memory,ledger,startup  --limit N  --window SECONDS  --concurrency N  --rows N  --cost-sales N</summary>
    public static BenchSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new BenchSettings();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException(name + " needs a value.");
            if (name == "--only")
            {
                settings.Parts.Clear();
                foreach (var part in Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!AllParts.Contains(part)) throw new ArgumentException("--only takes rate, cost, memory, ledger and/or startup, not '" + part + "'.");
                    settings.Parts.Add(part);
                }
            }
            else if (NumberOptions.TryGetValue(name, out var set))
            {
                set(settings, Positive(name, Value()));
            }
            else
            {
                throw new ArgumentException("Unknown argument '" + name + "'. Use: [micro [BenchmarkDotNet arguments]] | [--only rate,cost,memory,ledger,startup] [--limit N] [--window SECONDS] [--concurrency N] [--rows N] [--cost-sales N]");
            }
        }

        return settings;
    }

    /// <param name="concurrency">MaxConcurrency, or the engine's default.</param>
    /// <param name="ledger">Keep the company's ledger (the session names its file); off unless a figure is about it.</param>
    public static ImportOptions<SaleRequest> ImportOptions(int? concurrency, bool dryRun = false, string? journalPath = null, bool ledger = false)
    {
        var options = new ImportOptions<SaleRequest> { DryRun = dryRun, JournalPath = journalPath, UseLedger = ledger };
        if (concurrency is int n) options.MaxConcurrency = n;
        return options;
    }

    /// <param name="ledger">The ledger's file, for the figures about it; null for the rest (their imports keep none).</param>
    public static SmartGiftSession NewSession(Uri baseAddress, string? ledger = null) =>
        new(new SmartGiftClientOptions(baseAddress, ApiKey.FromString(MockSeed.DemoKey)) { LedgerPath = ledger }, "bench");

    private static int Positive(string name, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException(name + " takes a whole number above 0, not '" + text + "'.");
}
