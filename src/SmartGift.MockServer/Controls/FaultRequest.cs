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
            return (null, null, "kind must be one of latency, fail_before, fail_after, drop_after, malformed_after, html_before, html_after.");
        }

        var path = Text(body["path"]);
        if (path == null || !path.StartsWith('/'))
        {
            return (null, null, "path is required and starts with / (for example /redeem).");
        }

        var rule = new FaultRule { Kind = kind.Value, Path = path, Method = Text(body["method"]) };
        if (rule.Method == "*")
        {
            rule.Method = null;
        }

        if (body["status"] is JsonValue status)
        {
            if (!status.TryGetValue<int>(out var s) || s < 100 || s > 599)
            {
                return (null, null, "status must be an HTTP status code (100-599).");
            }

            rule.Status = s;
        }

        if (body["latency_ms"] is JsonValue latency)
        {
            if (!latency.TryGetValue<int>(out var ms) || ms < 0)
            {
                return (null, null, "latency_ms must be a whole number of milliseconds, 0 or more.");
            }

            rule.LatencyMs = ms;
        }
        else if (rule.Kind == FaultKind.Latency)
        {
            return (null, null, "latency_ms is required for a latency fault.");
        }

        if (body["count"] is JsonValue count)
        {
            if (!count.TryGetValue<int>(out var c) || c < 1)
            {
                return (null, null, "count must be 1 or more (leave it out for every request).");
            }

            rule.Count = c;
        }

        if (body["probability"] is JsonValue probability)
        {
            if (!probability.TryGetValue<double>(out var p) || p < 0 || p > 1)
            {
                return (null, null, "probability must be a number from 0 to 1.");
            }

            rule.Probability = p;
        }

        int? seed = null;
        if (body["seed"] is JsonValue seedValue)
        {
            if (!seedValue.TryGetValue<int>(out var n))
            {
                return (null, null, "seed must be a whole number.");
            }

            seed = n;
        }

        return (rule, seed, null);
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Trim().Length > 0 ? text.Trim() : null;
}
