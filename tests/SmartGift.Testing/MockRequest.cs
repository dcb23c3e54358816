using System;

namespace SmartGift.Testing;

/// <summary>An API request the mock server received (GET /_mock/requests). Key is masked (sk_...demo).</summary>
public sealed record MockRequest
{
    public long Sequence { get; init; }
    public string Method { get; init; } = "";
    public string Path { get; init; } = "";
    public int Status { get; init; }
    public DateTimeOffset Time { get; init; }
    public string? Key { get; init; }

    /// <summary>The fault kind applied to this request, if any.</summary>
    public string? Fault { get; init; }

    /// <summary>True when the connection was aborted (drop_after, or the client went away).</summary>
    public bool Aborted { get; init; }
}
