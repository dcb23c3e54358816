using System.Text.Json.Serialization;

namespace SmartGift.MockServer.Faults;

/// <summary>
/// One injected fault for a route (method + path): it fires for the next <see cref="Count"/>
/// matching requests (null: every one), each with chance <see cref="Probability"/>.
/// </summary>
internal sealed class FaultRule
{
    public long Id { get; set; }

    /// <summary>HTTP method, or null for any.</summary>
    public string? Method { get; set; }
    public string Path { get; set; } = "";
    public FaultKind Kind { get; set; }

    /// <summary>fail_before: the status answered (default 500); null for the other kinds.</summary>
    public int? Status { get; set; }

    /// <summary>latency: milliseconds added before normal processing; null for the other kinds.</summary>
    public int? LatencyMs { get; set; }
    public int? Count { get; set; }
    public double Probability { get; set; }

    /// <summary>Decides fraction faults; seeded so a run can be reproduced.</summary>
    [JsonIgnore]
    public Random Random { get; set; } = new Random(0);
    public int Fired { get; set; }

    [JsonIgnore]
    public bool IsSpent => Count.HasValue && Fired >= Count.Value;

    public bool Matches(string method, string path) =>
        (Method == null || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && string.Equals(Path.TrimEnd('/'), path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
