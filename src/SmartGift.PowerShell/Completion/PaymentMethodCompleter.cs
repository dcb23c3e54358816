namespace SmartGift.Commands;

/// <summary>Completes payment method ids, or names for a -Name parameter, from the session's cache only.</summary>
public sealed class PaymentMethodCompleter : ListCompleter
{
    protected override IEnumerable<(string Text, string ToolTip)>? Candidates(string parameterName, IDictionary fakeBoundParameters) =>
        SessionFor(fakeBoundParameters)?.CachedPaymentMethods?.Select(m => (ByName(parameterName) ? m.Name : m.Id, m.Id + ": " + m.Name));
}
