namespace SmartGift.MockServer.Controls;

/// <summary>One API request as the simulator saw it; the key is masked, never stored whole.</summary>
internal sealed record RequestLogEntry(
    long Sequence, string Method, string Path, int Status, DateTimeOffset Time, string? Key, string? Fault, bool Aborted);
