using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using SmartGift.Bulk;

namespace SmartGift.Bench
{
    /// <summary>
    /// Drives a SaleImport the way the hosts do (Add per row, then Complete, all on this thread)
    /// and counts the results. Feeding can be cut short by time, so a slow configuration does
    /// not make the benchmark run for minutes; what was fed still finishes.
    /// </summary>
    internal static class ImportDriver
    {
        /// <param name="measureRetained">Also weigh the live managed objects once the import is complete but not yet disposed (a full GC).</param>
        public static ImportOutcome Run(SmartGiftSession session, SaleImportOptions options, IEnumerable<SaleRow> rows, TimeSpan? feedFor = null, bool measureRetained = false)
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
                outcome.Summary = import.Summary;
                if (measureRetained) outcome.RetainedBytes = GC.GetTotalMemory(forceFullCollection: true);
            }

            outcome.Elapsed = clock.Elapsed;
            return outcome;
        }
    }

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
}
