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
