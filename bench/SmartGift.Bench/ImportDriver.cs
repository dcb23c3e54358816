using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace SmartGift.Bench;

/// <summary>
/// Drives a SaleImport the way the hosts do (Add per row, then Complete, all on this thread)
/// and counts the results. Feeding can be cut short by time, so a slow configuration does
/// not make the benchmark run for minutes; what was fed still finishes.
/// </summary>
internal static class ImportDriver
{
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
            outcome.Summary = import.Summary;
            if (measureRetained) outcome.RetainedBytes = GC.GetTotalMemory(forceFullCollection: true);
        }

        outcome.Elapsed = clock.Elapsed;
        return outcome;
    }
}
