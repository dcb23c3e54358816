namespace SmartGift.Commands;

/// <summary>
/// Completes a fixed list of words, each with its tooltip. Used instead of ValidateSet where a parameter accepts a
/// word that Tab should not offer (an internal value such as Unknown): PowerShell offers every ValidateSet value,
/// whatever a completer says (issue 21, finding 6).
/// </summary>
public abstract class WordCompleter(params (string Text, string ToolTip)[] words) : ListCompleter
{
    protected override IEnumerable<(string Text, string ToolTip)> Candidates(string parameterName, IDictionary fakeBoundParameters) =>
        words;
}

/// <summary>The voucher types a catalogue voucher has (-Type); not Unknown, the client's word for a type it could not read.</summary>
public sealed class VoucherTypeCompleter() : WordCompleter(
    ("Monetary", "Monetary: redeemed with money (-Value)"),
    ("Experience", "Experience: redeemed by experience (-Experience)"));

/// <summary>The catalogue statuses (-Status); not Other, the client's word for a status it does not know (kept in StatusText).</summary>
public sealed class VoucherStatusCompleter() : WordCompleter(
    ("Active", "Active: on sale"),
    ("Hidden", "Hidden: not shown in the shop"),
    ("Disabled", "Disabled: not on sale"));

/// <summary>
/// Delivery method ids (-DeliveryMethod). The API does not list delivery methods, so only the one
/// Smart Gift's API document names is offered, with where it comes from; Tab never offers file names.
/// </summary>
public sealed class DeliveryMethodCompleter() : WordCompleter(
    ("12", "12: Email Delivery (the id in Smart Gift's API document; the API does not list delivery methods, so ask Smart Gift for your account's ids)"));
