namespace SmartGift.MockServer;

/// <summary>How an in-process or command-line mock server starts.</summary>
public sealed class MockServerOptions
{
    /// <summary>Kestrel URLs; port 0 asks the OS for a free port.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>A seed JSON file (schema in docs/mock-server.md); null uses the built-in demo seed.</summary>
    public string? SeedPath { get; set; }

    /// <summary>Requests allowed per API key in one rate window.</summary>
    public int RateLimit { get; set; } = 60;

    /// <summary>Length of the fixed rate window, measured on the simulator clock.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Where the simulator clock starts; null is the real current time.</summary>
    public DateTimeOffset? ClockStart { get; set; }

    /// <summary>Stops the simulator clock from following real time (it moves only by the clock control).</summary>
    public bool FreezeClock { get; set; }

    /// <summary>Seed of the Random that decides fraction faults, for reproducible runs.</summary>
    public int FaultSeed { get; set; } = 12345;

    /// <summary>When false, ASP.NET Core logs to the console (useful from the command line).</summary>
    public bool Quiet { get; set; } = true;
}
