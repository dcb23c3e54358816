namespace SmartGift.Bench;

/// <summary>What one import run gave back.</summary>
internal sealed class ImportOutcome
{
    private readonly Dictionary<RecordStatus, int> _byStatus = new Dictionary<RecordStatus, int>();

    public int Fed { get; private set; }
    public bool StoppedFeeding { get; private set; }
    public TimeSpan Elapsed { get; private set; }
    public int Results { get; private set; }
    public long? RetainedBytes { get; private set; }

    /// <summary>The first result that was not Confirmed or Skipped, to explain a surprising figure.</summary>
    public string? FirstProblem { get; private set; }

    public int this[RecordStatus status] => _byStatus.TryGetValue(status, out var n) ? n : 0;

    /// <summary>
    /// Drives a SaleImport the way the hosts do (Add per row, then Complete, all on this thread)
    /// and counts the results. Feeding can be cut short by time, so a slow configuration does
    /// not make the benchmark run for minutes; what was fed still finishes.
    /// </summary>
    /// <param name="measureRetained">Also weigh the live managed objects once the import is complete but not yet disposed (a full GC).</param>
    public static ImportOutcome Run(SmartGiftSession session, ImportOptions<SaleRequest> options, IEnumerable<SaleRow> rows, TimeSpan? feedFor = null, bool measureRetained = false)
    {
        var outcome = new ImportOutcome();
        var clock = Stopwatch.StartNew();
        using (var import = new SaleImport(session, options))
        {
            foreach (var row in rows)
            {
                if (feedFor is TimeSpan bound && clock.Elapsed >= bound)
                {
                    outcome.StoppedFeeding = true;
                    break;
                }

                outcome.Fed++;
                foreach (var e in import.Add(row, CancellationToken.None)) outcome.Count(e);
            }

            foreach (var e in import.Complete(CancellationToken.None)) outcome.Count(e);
            if (measureRetained) outcome.RetainedBytes = GC.GetTotalMemory(forceFullCollection: true);
        }

        outcome.Elapsed = clock.Elapsed;
        return outcome;
    }

    public string Describe() =>
        $"{Results} results ({this[RecordStatus.Confirmed]} confirmed, {this[RecordStatus.Failed]} failed, "
        + $"{this[RecordStatus.Unknown]} unknown, {this[RecordStatus.Skipped]} skipped)";

    private void Count(ImportEvent e)
    {
        if (e is not OrderResult result) return;
        Results++;
        _byStatus[result.Status] = this[result.Status] + 1;
        if (FirstProblem == null && (result.Status == RecordStatus.Failed || result.Status == RecordStatus.Unknown))
        {
            FirstProblem = result.OrderId + " " + result.Status + ": " + (result.Error?.ToString() ?? string.Join("; ", result.Problems));
        }
    }
}
