namespace SmartGift;

/// <summary>A BulkImport seen by a host that does not care what it imports: how it ends and what it says at the end.</summary>
public interface IBulkImport : IDisposable
{
    IEnumerable<ImportEvent> Complete(CancellationToken cancellationToken = default);
    ImportSummary Summary { get; }
    string? StopReason { get; }
}
