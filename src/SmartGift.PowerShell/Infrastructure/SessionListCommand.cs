using System.Threading.Tasks;

namespace SmartGift.Commands;

/// <summary>
/// Base of Get-SgVoucher and Get-SgPaymentMethod: a list the session caches, read once per
/// command (-Force reloads it once, not once per piped id) with Await's rate-limit countdown,
/// then selected by -Name wildcards or -Id, with an error for each plain name or id that
/// matches nothing. The cmdlets keep their own parameters (their completers and aliases differ).
/// </summary>
public abstract class SessionListCommand : SmartGiftCommand
{
    private bool _refreshed;

    /// <summary>The list, or null when it could not be read (the error is written) or Ctrl+C stopped the command.</summary>
    protected IReadOnlyList<T>? ReadList<T>(SmartGiftSession session, Func<bool, CancellationToken, Task<IReadOnlyList<T>>> read, bool force, string failure)
    {
        WatchRateLimit(session);
        try
        {
            var list = Await(read(force && !_refreshed, Cancellation));
            _refreshed = true;
            return list;
        }
        catch (SmartGiftException e)
        {
            WriteFailure(e.Error, session.Name, failure);
            return null;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>The entries -Name or -Id ask for (all without either); notFound words the error for a name or id that matched nothing.</summary>
    protected IReadOnlyList<T> Select<T>(IReadOnlyList<T> list, string[]? names, string[]? ids, Func<T, string> nameOf, Func<T, string> idOf, string errorId,
        Func<string, string, string> notFound, Func<string, string> recommendedAction) =>
        NameAndIdFilter.Select(list, names, ids, nameOf, idOf, (value, what) =>
        {
            var message = notFound(what, value);
            WriteError(new ErrorRecord(new ItemNotFoundException(message), errorId, ErrorCategory.ObjectNotFound, value)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = recommendedAction(what) },
            });
        });
}
