using System.Text.Json.Serialization;

namespace SmartGift.Testing;

/// <summary>
/// A fault to inject on one route (POST /_mock/faults). It fires on the next <see cref="Count"/>
/// matching requests (null: all), each with chance <see cref="Probability"/> (null: always).
/// </summary>
public sealed record MockFault
{
    public MockFault(string method, string path, string kind)
    {
        Method = method;
        Path = path;
        Kind = kind;
    }

    /// <summary>HTTP method, or "*" for any.</summary>
    public string Method { get; init; }

    /// <summary>Route path, e.g. "/redeem".</summary>
    public string Path { get; init; }

    /// <summary>latency, fail_before, fail_after, drop_after, malformed_after, html_before or html_after.</summary>
    public string Kind { get; init; }

    /// <summary>fail_before: the status to answer (default 500).</summary>
    public int? Status { get; init; }

    /// <summary>latency: milliseconds added before normal processing.</summary>
    public int? LatencyMs { get; init; }
    public int? Count { get; init; }
    public double? Probability { get; init; }

    /// <summary>Seed of this fault's own Random (reproducible fractions); default: the server's fault seed.</summary>
    public int? Seed { get; init; }

    public static MockFault Latency(string method, string path, int milliseconds, int? count = null) =>
        new MockFault(method, path, "latency") { LatencyMs = milliseconds, Count = count };

    public static MockFault FailBefore(string method, string path, int status, int? count = null) =>
        new MockFault(method, path, "fail_before") { Status = status, Count = count };

    public static MockFault FailAfter(string method, string path, int? count = null) =>
        new MockFault(method, path, "fail_after") { Count = count };

    public static MockFault DropAfter(string method, string path, int? count = null) =>
        new MockFault(method, path, "drop_after") { Count = count };

    public static MockFault MalformedAfter(string method, string path, int? count = null) =>
        new MockFault(method, path, "malformed_after") { Count = count };

    public static MockFault HtmlBefore(string method, string path, int? count = null) =>
        new MockFault(method, path, "html_before") { Count = count };

    public static MockFault HtmlAfter(string method, string path, int? count = null) =>
        new MockFault(method, path, "html_after") { Count = count };
}
