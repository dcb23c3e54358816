namespace SmartGift.Commands;

/// <summary>Completes payment method ids, or names for a -Name parameter, from the session's cache only.</summary>
public sealed class PaymentMethodCompleter : CachedListCompleter
{
    protected override IEnumerable<(string Text, string ToolTip)>? Candidates(SmartGiftSession session, bool byName) =>
        session.CachedPaymentMethods?.Select(m => byName ? (m.Name, m.Id + ": " + m.Name) : (m.Id, m.Id + ": " + m.Name));
}
