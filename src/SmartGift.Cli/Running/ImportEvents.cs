
namespace SmartGift.Cli.Running;

/// <summary>
/// Drives a push-style import (Add per row, then Complete) as one lazy sequence of events.
/// On Ctrl+C it stops adding rows and lets Complete report what was in flight; Core sends
/// nothing new once the token is cancelled, so the journal stays consistent.
/// </summary>
internal static class ImportEvents
{
    public static IEnumerable<ImportEvent> Of<TRow>(
        IEnumerable<TRow> rows,
        Func<TRow, CancellationToken, IReadOnlyList<ImportEvent>> add,
        Func<CancellationToken, IEnumerable<ImportEvent>> complete,
        CancellationToken cancellation)
    {
        foreach (var row in rows)
        {
            if (cancellation.IsCancellationRequested) break;
            IReadOnlyList<ImportEvent> ready;
            try
            {
                ready = add(row, cancellation);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            foreach (var e in ready) yield return e;
        }

        using var remaining = complete(cancellation).GetEnumerator();
        while (true)
        {
            try
            {
                if (!remaining.MoveNext()) yield break;
            }
            catch (OperationCanceledException)
            {
                yield break;
            }
            yield return remaining.Current;
        }
    }
}
