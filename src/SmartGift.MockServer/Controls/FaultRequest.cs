using SmartGift.MockServer.Faults;

namespace SmartGift.MockServer.Controls;

/// <summary>Reads a POST /_mock/faults body into a rule, or says what is wrong with it.</summary>
internal static class FaultRequest
{
    public static (FaultRule? Rule, int? Seed, string? Problem) Read(JsonObject? body)
    {
        if (body == null)
        {
            return (null, null, "The request body is not valid JSON.");
        }

        var kind = FaultKindNames.FromWire(Text(body["kind"]));
        if (kind == null)
        {
            return (null, null, $"kind must be one of {FaultKindNames.All}.");
        }

        var path = Text(body["path"]);
        if (path == null || !path.StartsWith('/'))
        {
            return (null, null, "path is required and starts with / (for example /redeem).");
        }

        string? problem = null;
        int? status = null, latency = null, count = null, seed = null;
        double? probability = null;
        if (!Optional(body, "status", s => s is >= 100 and <= 599, ref status))
        {
            problem = "status must be an HTTP status code (100-599).";
        }
        else if (!Optional(body, "latency_ms", ms => ms >= 0, ref latency))
        {
            problem = "latency_ms must be a whole number of milliseconds, 0 or more.";
        }
        else if (latency == null && kind == FaultKind.Latency)
        {
            problem = "latency_ms is required for a latency fault.";
        }
        else if (!Optional(body, "count", c => c >= 1, ref count))
        {
            problem = "count must be 1 or more (leave it out for every request).";
        }
        else if (!Optional(body, "probability", p => p is >= 0 and <= 1, ref probability))
        {
            problem = "probability must be a number from 0 to 1.";
        }
        else if (!Optional(body, "seed", _ => true, ref seed))
        {
            problem = "seed must be a whole number.";
        }

        if (problem != null)
        {
            return (null, null, problem);
        }

        var method = Text(body["method"]);
        var rule = new FaultRule
        {
            Kind = kind.Value,
            Path = path,
            Method = method == "*" ? null : method,
            Status = status ?? 500,
            LatencyMs = latency ?? 0,
            Count = count,
            Probability = probability ?? 1.0,
        };
        return (rule, seed, null);
    }

    /// <summary>An optional number: absent is fine; present, it must read as a T that passes the check.</summary>
    private static bool Optional<T>(JsonObject body, string name, Func<T, bool> check, ref T? value)
        where T : struct
    {
        if (body[name] is not JsonValue node)
        {
            return true;
        }

        if (!node.TryGetValue<T>(out var read) || !check(read))
        {
            return false;
        }

        value = read;
        return true;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Trim().Length > 0 ? text.Trim() : null;
}
