using System.Threading.Tasks;

namespace SmartGift.Commands;

/// <summary>
/// Base of Get-SgVoucher and Get-SgPaymentMethod: a list the session caches, read once per command (-Force reloads
/// it once, not once per piped id), then selected by -Name or -Id. The cmdlets keep their own -Name and -Id (their
/// completers and aliases differ).
/// </summary>
public abstract class SessionListCommand : SmartGiftCommand
{
    private bool _refreshed;

    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>
    /// What -Name (wildcards) or -Id ask for, each plain name or id that matches nothing an error; none when the list
    /// could not be read (the error is written) or Ctrl+C stopped the command.
    /// </summary>
    protected IEnumerable<T> ReadSelected<T>(SmartGiftSession session, Func<bool, CancellationToken, Task<IReadOnlyList<T>>> read,
        string failure, string[]? names, string[]? ids, Func<T, string> nameOf, Func<T, string> idOf, string errorId,
        Func<string, string, string> notFound, Func<string, string> recommendedAction)
    {
        WatchRateLimit(session.Client);
        IReadOnlyList<T> items;
        try
        {
            items = Await(read(Force && !_refreshed, Cancellation));
            _refreshed = true;
        }
        catch (Exception e) when (e is SmartGiftException || e is OperationCanceledException)
        {
            if (e is SmartGiftException refused) WriteFailure(refused.Error, session.Name, failure);
            return [];
        }
        void NotFound(string value, string what)
        {
            var message = notFound(what, value);
            WriteError(SmartGiftErrorRecord.Of(new ItemNotFoundException(message), errorId, ErrorCategory.ObjectNotFound, value,
                message, recommendedAction(what)));
        }
        bool Listed(Func<T, string> of, string value) => items.Any(i => string.Equals(of(i), value, StringComparison.OrdinalIgnoreCase));
        var plainNames = (names ?? []).Where(n => !WildcardPattern.ContainsWildcardCharacters(n));
        foreach (var name in plainNames.Where(n => !Listed(nameOf, n))) NotFound(name, "name");
        foreach (var id in (ids ?? []).Where(id => !Listed(idOf, id))) NotFound(id, "id");
        var patterns = names?.Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToList();
        return items.Where(i => (patterns == null || patterns.Any(p => p.IsMatch(nameOf(i))))
            && (ids == null || ids.Contains(idOf(i), StringComparer.OrdinalIgnoreCase))).ToList();
    }
}
