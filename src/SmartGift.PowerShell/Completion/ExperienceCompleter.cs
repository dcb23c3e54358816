namespace SmartGift.Commands;

/// <summary>
/// Completes experience names (-Experience) from the session's cached catalogue only: those of
/// -CatalogueVoucherId when it is given, else every experience voucher's. Nothing when the catalogue
/// has not been read (Get-SgVoucher reads it): completion never sends a request.
/// </summary>
public sealed class ExperienceCompleter : ListCompleter
{
    protected override IEnumerable<(string Text, string ToolTip)>? Candidates(string parameterName, IDictionary fakeBoundParameters)
    {
        var voucherId = Bound(fakeBoundParameters, "CatalogueVoucherId")?.ToString();
        return SessionFor(fakeBoundParameters)?.CachedVouchers?
            .Where(v => voucherId == null || v.Id == voucherId)
            .SelectMany(v => v.Experiences.Select(e => (e.Name, e.Name + " (voucher " + v.Id + " " + v.Name + ", bit " + e.BitValue + ")")));
    }
}
