namespace SmartGift.MockServer.Faults;

/// <summary>The wire names of fault kinds (snake_case, as the /_mock/faults body uses them).</summary>
internal static class FaultKindNames
{
    public static string ToWire(FaultKind kind) => kind switch
    {
        FaultKind.Latency => "latency",
        FaultKind.FailBefore => "fail_before",
        FaultKind.FailAfter => "fail_after",
        FaultKind.DropAfter => "drop_after",
        FaultKind.MalformedAfter => "malformed_after",
        FaultKind.HtmlBefore => "html_before",
        FaultKind.HtmlAfter => "html_after",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static FaultKind? FromWire(string? name) => name switch
    {
        "latency" => FaultKind.Latency,
        "fail_before" => FaultKind.FailBefore,
        "fail_after" => FaultKind.FailAfter,
        "drop_after" => FaultKind.DropAfter,
        "malformed_after" => FaultKind.MalformedAfter,
        "html_before" => FaultKind.HtmlBefore,
        "html_after" => FaultKind.HtmlAfter,
        _ => null,
    };
}
