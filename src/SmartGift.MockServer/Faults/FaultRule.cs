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

    /// <summary>Reads a POST /_mock/faults body into a rule, or says what is wrong with it.</summary>
    public static (FaultRule? Rule, int? Seed, string? Problem) Read(JsonObject? body)
    {
        if (body == null)
        {
            return (null, null, "The request body is not valid JSON.");
        }

        // Every field is read, then the first problem in this order is the answer.
        var kind = FaultKindNames.FromWire(Text(body["kind"]));
        var path = Text(body["path"]);
        var statusOk = Optional(body, "status", s => s is >= 100 and <= 599, out int? status);
        var latencyOk = Optional(body, "latency_ms", ms => ms >= 0, out int? latency);
        var countOk = Optional(body, "count", c => c >= 1, out int? count);
        var probabilityOk = Optional(body, "probability", p => p is >= 0 and <= 1, out double? probability);
        var seedOk = Optional(body, "seed", _ => true, out int? seed);
        var problem = kind == null ? $"kind must be one of {FaultKindNames.All}."
            : path == null || !path.StartsWith('/') ? "path is required and starts with / (for example /redeem)."
            : !statusOk ? "status must be an HTTP status code (100-599)."
            : !latencyOk ? "latency_ms must be a whole number of milliseconds, 0 or more."
            : latency == null && kind == FaultKind.Latency ? "latency_ms is required for a latency fault."
            : !countOk ? "count must be 1 or more (leave it out for every request)."
            : !probabilityOk ? "probability must be a number from 0 to 1."
            : !seedOk ? "seed must be a whole number."
            : null;
        if (problem != null)
        {
            return (null, null, problem);
        }

        var method = Text(body["method"]);
        var rule = new FaultRule
        {
            Kind = kind!.Value,
            Path = path!,
            Method = method == "*" ? null : method,
            Status = kind == FaultKind.FailBefore ? status ?? 500 : null,
            LatencyMs = kind == FaultKind.Latency ? latency : null,
            Count = count,
            Probability = probability ?? 1.0,
        };
        return (rule, seed, null);
    }

    /// <summary>An optional number: absent is fine; present, it must read as a T that passes the check.</summary>
    private static bool Optional<T>(JsonObject body, string name, Func<T, bool> check, out T? value)
        where T : struct
    {
        value = body[name] is JsonValue node && node.TryGetValue<T>(out var read) && check(read) ? read : null;
        return value != null || body[name] is not JsonValue;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Trim().Length > 0 ? text.Trim() : null;
}
