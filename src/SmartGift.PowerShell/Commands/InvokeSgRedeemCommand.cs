using SmartGift.Bulk;

namespace SmartGift.Commands
{
    /// <summary>
    /// Redeems vouchers: money (-Value) or experiences (-Experience, by name or object), one per
    /// pipeline record (CSV rows, Lock-SgVoucher holds). Drives Core's RedemptionImport like
    /// New-SgSale drives SaleImport.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "SgRedeem", HelpUri = HelpLinks.Pages + "Invoke-SgRedeem.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(RedemptionResult))]
    public sealed class InvokeSgRedeemCommand : SmartGiftCommand
    {
        /// <summary>The pipeline object itself, kept only as the source of the row (TargetObject of its errors).</summary>
        [Parameter(ValueFromPipeline = true)]
        public PSObject? InputObject { get; set; }

        [Parameter(Position = 0)]
        [RowColumn]
        [Alias("voucher_no", "VoucherNo")]
        public string? VoucherNumber { get; set; }

        /// <summary>Money to redeem from a monetary voucher, as text ("10.00"): a bad value fails its own row with a clear message.</summary>
        [Parameter(Position = 1)]
        [RowColumn]
        public string? Value { get; set; }

        /// <summary>Experiences to redeem: names, "a;b" strings, or Experience objects from Get-SgVoucher.</summary>
        [Parameter]
        [RowColumn]
        [Alias("experiences")]
        public object[]? Experience { get; set; }

        [Parameter]
        [RowColumn]
        [Alias("hold_token")]
        public string? HoldToken { get; set; }

        /// <summary>Falls back to the session's -SiteId.</summary>
        [Parameter]
        [RowColumn]
        [Alias("site_id")]
        public string? SiteId { get; set; }

        /// <summary>Your own key for this redemption in the journal.</summary>
        [Parameter]
        [RowColumn]
        public string? Reference { get; set; }

        /// <summary>The catalogue voucher whose experiences the names refer to, when a name is ambiguous.</summary>
        [Parameter]
        [RowColumn]
        [Alias("catalogue_voucher_id")]
        [ArgumentCompleter(typeof(VoucherCompleter))]
        public string? CatalogueVoucherId { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? JournalPath { get; set; }

        protected override bool Journaled => JournalPath != null;

        /// <summary>Neither consult nor write the company's ledger (tests, one-off scripts): nothing then protects a rerun.</summary>
        [Parameter]
        [Alias("NoJournal")]
        public SwitchParameter NoLedger { get; set; }

        [Parameter]
        public SwitchParameter RetryUnknown { get; set; }

        [Parameter]
        [ValidateRange(1, 16)]
        public int MaxConcurrency { get; set; } = 4;

        private RedemptionImport? _import;
        private long _rowNumber;
        private RowColumnBinder? _binder;
        private IReadOnlyDictionary<CsvColumn, object?>? _commandLine;

        protected override void BeginProcessing()
        {
            OpenImport(session => _import = new RedemptionImport(session,
                ImportOptionsOf<RedeemRequest>(JournalPath, !NoLedger, RetryUnknown, MaxConcurrency, request => ShouldProcess(Describe(request), "Redeem"))), JournalPath);
        }

        protected override void ProcessRecord()
        {
            CountRecord();
            if (InputObject?.BaseObject is Voucher catalogue)
            {
                WriteCatalogueVoucherError(catalogue);
                return;
            }
            var row = NextRow();
            RunImportStep(() => _import!.Add(row, Cancellation), Write, JournalPath);
        }

        /// <summary>
        /// The record as a RedemptionRow, bound straight from the piped object by the column table
        /// (RowColumnBinder, as SaleRowCommand.NextRow), then the columns given on the command line.
        /// </summary>
        private RedemptionRow NextRow()
        {
            _binder ??= new RowColumnBinder(CsvColumns.Redemption);
            _commandLine ??= _binder.CommandLine(MyInvocation.BoundParameters, GetType());
            var row = new RedemptionRow
            {
                // As a spreadsheet numbers the rows of a CSV file: the header is row 1 (see SaleRowCommand.NextRow).
                RowNumber = InputObject == null ? 0 : ++_rowNumber + 1,
                // "DEMO000001" | Invoke-SgRedeem -Value 5: a piped string is the voucher number.
                VoucherNumber = InputObject?.BaseObject as string,
            };
            var names = new List<string>();
            var experiences = new List<Experience>();
            void Set(CsvColumn column, object? value)
            {
                if (column.Name == "experiences") AddExperiences(value, names, experiences);
                else column.SetText(row, RowColumnBinder.Text(value));
            }
            if (InputObject != null && !(InputObject.BaseObject is string)) _binder.Bind(InputObject, _commandLine, Set, WriteWarning);
            foreach (var given in _commandLine) Set(given.Key, given.Value);
            row.ExperienceNames = names;
            row.Experiences = experiences;
            // One redemption by hand (the command line, a hold or a voucher number piped in) is its own write.
            row.SingleWrite = InputObject == null || InputObject.BaseObject is VoucherHold || InputObject.BaseObject is string;
            // The caller's own object names the record in errors (TargetObject); on the command line, the voucher number.
            row.Source = InputObject ?? (object)(row.VoucherNumber ?? "");
            return row;
        }

        /// <summary>
        /// Get-SgVoucher's output is what is sold, not a voucher a customer holds: bound as a row it
        /// would be "row 2: voucher_no is required" (issue 19, finding 4). One clear error instead.
        /// </summary>
        private void WriteCatalogueVoucherError(Voucher catalogue)
        {
            var message = "Voucher " + catalogue.Id + " '" + catalogue.Name + "' is a catalogue voucher (what is sold, from Get-SgVoucher), not an issued voucher number: nothing was redeemed. "
                + "Pipe voucher numbers (DEMO000006), holds from Lock-SgVoucher or redemption rows"
                + (catalogue.Experiences.Count > 0 ? "; give -CatalogueVoucherId " + catalogue.Id + " to say whose experiences the names mean." : ".");
            WriteError(new ErrorRecord(new ArgumentException(message), "CatalogueVoucherNotIssued", ErrorCategory.InvalidArgument, InputObject)
            {
                ErrorDetails = new ErrorDetails(message) { RecommendedAction = "Give the issued voucher's number (-VoucherNumber), as printed on the customer's voucher." },
            });
        }

        /// <summary>Experiences as given: names, "a;b" strings, Experience objects, or a list of them.</summary>
        private static void AddExperiences(object? value, List<string> names, List<Experience> experiences)
        {
            switch (value is PSObject wrapped ? wrapped.BaseObject : value)
            {
                case null: break;
                case Experience experience: experiences.Add(experience); break;
                case string text: names.AddRange(text.Split(';').Select(n => n.Trim()).Where(n => n.Length > 0)); break;
                case System.Collections.IEnumerable many:
                    foreach (var item in many) AddExperiences(item, names, experiences);
                    break;
                case var other: names.Add(other.ToString() ?? ""); break;
            }
        }

        protected override void EndProcessing()
        {
            EndImport("redemption rows", Write, JournalPath);
        }

        private void Write(ImportEvent item)
        {
            switch (item)
            {
                case RedemptionResult result:
                    if (DryRun && result.Status == RecordStatus.Skipped) ShouldProcess("voucher " + result.VoucherNumber + " (" + result.Detail + ")", "Redeem");
                    if (result.NeedsAttention)
                        WriteWarning("Voucher " + result.VoucherNumber + ": " + result.Contradiction + " (" + result.Sent + "; redemptions " + string.Join(", ", result.RedemptionIds) + ").");
                    WriteObject(result);
                    if (NeedsErrorRecord(result.Status, result.Error))
                    {
                        var record = "Redemption of " + (result.VoucherNumber.Length == 0 ? "a voucher without voucher_no" : result.VoucherNumber);
                        WriteRecordFailure(record, result.Status, result.Error, result.Problems, result.SourceRow, result.Detail);
                    }
                    break;
            }
        }

        private static string Describe(RedeemRequest request) =>
            "voucher " + request.VoucherNumber + " at site " + request.SiteId + ": "
            + (request.Amount is decimal amount ? amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "experiences " + request.ExperienceBits);
    }
}
