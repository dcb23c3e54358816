using System.Management.Automation.Language;

namespace SmartGift.Commands;

/// <summary>
/// Completes experience names (-Experience) from the session's cached catalogue only: those of
/// -CatalogueVoucherId when it is given, else every experience voucher's. Nothing when the catalogue
/// has not been read (Get-SgVoucher reads it): completion never sends a request.
/// </summary>
public sealed class ExperienceCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var vouchers = CompletionText.SessionFor(fakeBoundParameters)?.CachedVouchers;
        if (vouchers == null) return Enumerable.Empty<CompletionResult>();
        var voucherId = fakeBoundParameters != null && fakeBoundParameters.Contains("CatalogueVoucherId") ? fakeBoundParameters["CatalogueVoucherId"]?.ToString() : null;
        var candidates = vouchers
            .Where(v => voucherId == null || v.Id == voucherId)
            .SelectMany(v => v.Experiences.Select(e => (e.Name, e.Name + " (voucher " + v.Id + " " + v.Name + ", bit " + e.BitValue + ")")));
        return CompletionText.Complete(wordToComplete, candidates);
    }
}
