namespace SmartGift.Commands;

/// <summary>Lists payment methods from the session's cache (-Force reloads it).</summary>
[Cmdlet(VerbsCommon.Get, "SgPaymentMethod", DefaultParameterSetName = NameSet)]
[OutputType(typeof(PaymentMethod))]
public sealed class GetSgPaymentMethodCommand : SessionListCommand
{
    private const string NameSet = "Name";
    private const string IdSet = "Id";

    [Parameter(Position = 0, ParameterSetName = NameSet), SupportsWildcards, ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(PaymentMethodCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PaymentMethodId", "payment_method_id")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(PaymentMethodCompleter))]
    public string[]? Id { get; set; }

    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        var selected = ReadSelected(session, session.GetPaymentMethodsAsync, "Could not read the payment methods", Name, Id,
            m => m.Name, m => m.Id, "PaymentMethodNotFound", (what, value) =>
            "No payment method with " + what + " '" + value + "' in session '" + session.Name + "' (use -Force to reload).",
            what => "Check the " + what + " against Get-SgPaymentMethod; if the method was added in Smart Gift since the session read the list, run again with -Force.");
        WriteObject(selected, enumerateCollection: true);
    }
}
