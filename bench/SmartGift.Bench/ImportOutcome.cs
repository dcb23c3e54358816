using System;
using System.Collections.Generic;

namespace SmartGift.Bench;

/// <summary>What one import run gave back.</summary>
internal sealed class ImportOutcome
{
    private readonly Dictionary<RecordStatus, int> _byStatus = new Dictionary<RecordStatus, int>();

    public int Fed { get; set; }
    public bool StoppedFeeding { get; set; }
    public TimeSpan Elapsed { get; set; }
    public ImportSummary? Summary { get; set; }
    public int Results { get; private set; }
    public int ProgressEvents { get; private set; }
    public long? RetainedBytes { get; set; }

    /// <summary>The first result that was not Confirmed or Skipped, to explain a surprising figure.</summary>
    public string? FirstProblem { get; private set; }

    public int this[RecordStatus status] => _byStatus.TryGetValue(status, out var n) ? n : 0;

    public void Count(ImportEvent e)
    {
        if (e is OrderResult result)
        {
            Results++;
            _byStatus[result.Status] = this[result.Status] + 1;
            if (FirstProblem == null && (result.Status == RecordStatus.Failed || result.Status == RecordStatus.Unknown))
            {
                FirstProblem = result.OrderId + " " + result.Status + ": "
                    + (result.Error?.ToString() ?? string.Join("; ", result.Problems));
            }
        }
        else
        {
            ProgressEvents++;
        }
    }

    public string Describe() =>
        $"{Results} results ({this[RecordStatus.Confirmed]} confirmed, {this[RecordStatus.Failed]} failed, "
        + $"{this[RecordStatus.Unknown]} unknown, {this[RecordStatus.Skipped]} skipped)";
}
