namespace SmartGift.Commands;

/// <summary>
/// Holds a voucher for five minutes (document 004) so a redemption cannot race another till;
/// the hold pipes into Invoke-SgRedeem. The API has no release call: a hold simply expires.
/// </summary>
[Cmdlet(VerbsCommon.Lock, "SgVoucher", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(VoucherHold))]
public sealed class LockSgVoucherCommand : SmartGiftCommand
{
    /// <summary>The pipeline object itself (a voucher number, or an Import-Csv row): the TargetObject of its errors.</summary>
    [Parameter(ValueFromPipeline = true)]
    public PSObject? InputObject { get; set; }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("voucher_no", "VoucherNo")]
    [ValidateNotNullOrEmpty]
    public string[]? VoucherNumber { get; set; }

    protected override void ProcessRecord()
    {
        var session = ResolveSession();
        WatchRateLimit(session.Client);
        foreach (var number in VoucherNumber!)
        {
            if (!ShouldProcess("voucher " + number, "Hold for five minutes")) continue;
            try
            {
                WriteObject(Await(session.Client.HoldAsync(number, Cancellation)));
            }
            catch (Exception e) when (e is SmartGiftException || e is OperationCanceledException)
            {
                if (e is not SmartGiftException refused) return;
                // The caller's own object names the record (an Import-Csv row); on the command line, the number.
                WriteFailure(refused.Error, InputObject ?? (object)number, "Voucher " + number + " not held",
                    SmartGiftErrorRecord.HoldAction(refused.Kind));
            }
        }
    }

    protected override void EndProcessing() => CompleteStatus();
}
