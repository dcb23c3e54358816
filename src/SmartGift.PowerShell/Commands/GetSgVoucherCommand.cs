namespace SmartGift.Commands;

/// <summary>
/// Queries the voucher catalogue from the session's cache (-Force reloads it), so repeated
/// queries and tab completion do not spend the rate limit.
/// </summary>
[Cmdlet(VerbsCommon.Get, "SgVoucher", DefaultParameterSetName = NameSet)]
[OutputType(typeof(Voucher))]
public sealed class GetSgVoucherCommand : SessionListCommand
{
    private const string NameSet = "Name";
    private const string IdSet = "Id";

    [Parameter(Position = 0, ParameterSetName = NameSet), SupportsWildcards, ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(VoucherCompleter))]
    public string[]? Name { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("VoucherId", "voucher_id")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(VoucherCompleter))]
    public string[]? Id { get; set; }

    // Strings with the enums' names, not the enums: see Connect-SgService's -Environment. Not a
    // ValidateSet: Tab would offer Unknown and Other, the client's words for what it could not read.
    [Parameter]
    [ValidateWord(nameof(VoucherType.Monetary), nameof(VoucherType.Experience), nameof(VoucherType.Unknown))]
    [ArgumentCompleter(typeof(VoucherTypeCompleter))]
    public string? Type { get; set; }

    [Parameter]
    [ValidateWord(nameof(VoucherStatus.Active), nameof(VoucherStatus.Hidden), nameof(VoucherStatus.Disabled), nameof(VoucherStatus.Other))]
    [ArgumentCompleter(typeof(VoucherStatusCompleter))]
    public string? Status { get; set; }

    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        var selected = ReadSelected(session, session.GetVouchersAsync, "Could not read the voucher catalogue", Name, Id,
            v => v.Name, v => v.Id, "VoucherNotFound", (what, value) =>
            "No voucher with " + what + " '" + value + "' in the catalogue of session '" + session.Name + "' (use -Force to reload it).",
            what => "Check the " + what + " against Get-SgVoucher; if the voucher was added in Smart Gift since the session read the catalogue, run again with -Force.");
        var type = Type == null ? (VoucherType?)null : (VoucherType)Enum.Parse(typeof(VoucherType), Type, ignoreCase: true);
        var status = Status == null ? (VoucherStatus?)null : (VoucherStatus)Enum.Parse(typeof(VoucherStatus), Status, ignoreCase: true);
        WriteObject(selected.Where(v => (type == null || v.Type == type) && (status == null || v.Status == status)), enumerateCollection: true);
    }
}
