namespace SmartGift.Commands;

/// <summary>Completes catalogue voucher ids, or names for a -Name parameter, from the session's cache only.</summary>
public sealed class VoucherCompleter : CachedListCompleter
{
    protected override IEnumerable<(string Text, string ToolTip)>? Candidates(SmartGiftSession session, bool byName) =>
        session.CachedVouchers?.Select(v => byName
            ? (v.Name, v.Id + ": " + v.Name)
            : (v.Id, v.Id + ": " + v.Name + " (" + v.Type + ", " + v.Status + ")"));
}
