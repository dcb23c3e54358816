namespace SmartGift.Commands;

/// <summary>Completes catalogue voucher ids, or names for a -Name parameter, from the session's cache only.</summary>
public sealed class VoucherCompleter : ListCompleter
{
    protected override IEnumerable<(string Text, string ToolTip)>? Candidates(string parameterName, IDictionary fakeBoundParameters) =>
        SessionFor(fakeBoundParameters)?.CachedVouchers?.Select(v => ByName(parameterName)
            ? (v.Name, v.Id + ": " + v.Name)
            : (v.Id, v.Id + ": " + v.Name + " (" + v.Type + ", " + v.Status + ")"));
}
