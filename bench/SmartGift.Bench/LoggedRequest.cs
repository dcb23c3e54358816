using System;

namespace SmartGift.Bench;

/// <summary>One API request as the mock server logged it; Time is when it arrived (before any latency fault), on the simulator clock.</summary>
internal sealed record LoggedRequest(string Method, string Path, int Status, DateTimeOffset Time)
{
    public bool IsSale => Method == "POST" && Path.TrimEnd('/').Equals("/pos-sale", StringComparison.OrdinalIgnoreCase);
}
