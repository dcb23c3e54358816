using System.Text.Json;

namespace SmartGift.MockServer.Faults;

/// <summary>What a fault does to a request; "before" kinds skip the processing, "after" kinds process first.</summary>
internal enum FaultKind
{
    Latency,
    FailBefore,
    FailAfter,
    DropAfter,
    MalformedAfter,
    HtmlBefore,
    HtmlAfter,
}

/// <summary>The wire names of fault kinds: snake_case, as the /_mock/faults body uses them.</summary>
internal static class FaultKindNames
{
    public static string ToWire(FaultKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    public static FaultKind? FromWire(string? name) =>
        Enum.GetValues<FaultKind>().Where(k => ToWire(k) == name).Cast<FaultKind?>().FirstOrDefault();

    public static string All => string.Join(", ", Enum.GetValues<FaultKind>().Select(ToWire));
}
