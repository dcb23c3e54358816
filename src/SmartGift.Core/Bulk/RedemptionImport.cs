namespace SmartGift;

/// <summary>
/// Bulk (or one-off) redemptions: each row is one /redeem call, journaled under its reference,
/// or, without one, under a hash of its content and its occurrence number among identical rows
/// (docs/journal.md). The engine is BulkImport.
/// </summary>
public sealed class RedemptionImport : BulkImport<RedemptionRow, RedeemRequest, RedemptionResult>
{
    private readonly RecordKey.Occurrences _occurrences = new RecordKey.Occurrences();
    private readonly HashSet<string> _keys = new HashSet<string>(StringComparer.Ordinal);
    private IReadOnlyList<Voucher>? _catalogue;

    public RedemptionImport(SmartGiftSession session, ImportOptions<RedeemRequest> options)
        : base(session, options, JournalKind.Redemption)
    {
    }

    private protected override void Accept(RedemptionRow row, CancellationToken cancellationToken)
    {
        var (key, legacyKey) = _occurrences.KeysFor(row);
        // A version 1.0 journal keyed this row by its value as written ("10"): keep its history under that key.
        if (legacyKey != null && Lookup(key, LedgerKeyOf(key, row)).Entry == null && Lookup(legacyKey, LedgerKeyOf(legacyKey, row)).Entry != null) key = legacyKey;
        var ledgerKey = LedgerKeyOf(key, row);
        var result = new RedemptionResult
        {
            Reference = key,
            VoucherNumber = (row.VoucherNumber ?? "").Trim(),
            SiteId = string.IsNullOrWhiteSpace(row.SiteId) ? Session.DefaultSiteId : row.SiteId!.Trim(),
        };
        result.SetSourceRow(row.Source ?? row.VoucherNumber);

        var plan = RedemptionPlanner.Plan(row, _catalogue, Session.DefaultSiteId);
        if (plan.NeedsCatalogue)
        {
            // Fetched once per run, on the caller's thread, only when a row names experiences.
            var catalogueError = _catalogue != null ? null
                : Read(async () => _catalogue = await Session.GetVouchersAsync(false, cancellationToken).ConfigureAwait(false));
            if (catalogueError != null)
            {
                Settle(result, RecordStatus.Failed, "not sent: the catalogue (GET /vouchers) is needed to read experience names and could not be fetched", catalogueError);
                return;
            }
            plan = RedemptionPlanner.Plan(row, _catalogue, Session.DefaultSiteId);
        }
        result.Experiences = plan.ExperienceNames;
        var request = plan.Request;
        if (request == null || plan.Problems.Count > 0)
        {
            Refuse(result, plan.Problems, "Redemption" + (result.VoucherNumber.Length == 0 ? "" : " of " + result.VoucherNumber) + At(row.Location, plan.Problems) + " was not sent: "
                + string.Join("; ", plan.Problems.Select(p => p.ToString())), ledgerKey, row.Location);
            return;
        }
        if (ledgerKey == null && Options.UseLedger)
        {
            var unscoped = new RecordProblem(row.Location, "reference", "a redemption row without a reference needs a journal: give the row a reference (the till's transaction id), or the run a journal (-JournalPath, --journal), so that a rerun of this input never redeems it again");
            Refuse(result, new[] { unscoped }, "Redemption " + (result.VoucherNumber.Length == 0 ? "" : "of " + result.VoucherNumber + " ") + "(" + row.Location + ") was not sent: " + unscoped.Message);
            return;
        }
        result.SiteId = request.SiteId;
        result.Amount = request.Amount;
        result.ExperienceBits = request.ExperienceBits;
        result.Value = request.Amount ?? request.ExperienceBits;
        result.Sent = RedemptionTruth.Sent(request, result.Experiences);

        if (!_keys.Add(key))
        {
            var reused = new RecordProblem(row.Location, "reference", "reference '" + key + "' was already used earlier in this run; each redemption needs its own reference");
            Refuse(result, new[] { reused }, "Redemption (" + row.Location + ") was not sent: " + reused.Message);
            return;
        }

        var hash = RecordKey.RedemptionHash(request);
        var fields = RecordKey.RedemptionFields(request);
        var found = Lookup(key, ledgerKey);
        var decision = found.Entry == null && found.Sibling != null && !key.StartsWith("row:", StringComparison.Ordinal)
            ? ResumeDecision.LookAlike(key, found.Sibling, "reference")
            : InFlightElsewhere(found.Entry) ? ResumeDecision.InFlightElsewhere(found.Entry!)
            : ResumeDecision.Decide(found.Entry, hash, Options.RetryUnknown,
                e => e.RedemptionIds.Count == 0 ? "redeemed" : "redemption " + string.Join(", ", e.RedemptionIds), null, fields);
        if (decision.Entry?.State == JournalEvent.Confirmed)
        {
            result.RedemptionIds = decision.Entry.RedemptionIds;
            // A contradiction stays until a person settles it (issue 18, finding 5).
            result.Contradiction = decision.Action == ResumeAction.Skip ? decision.Entry.Contradiction : null;
        }
        SendOrSettle(ledgerKey ?? key, result, request, decision, async (stop, release) =>
        {
            var sending = new JournalLine
            {
                Key = key,
                Hash = hash,
                VoucherNumber = request.VoucherNumber,
                SiteId = request.SiteId,
                Amount = request.Amount,
                ExperienceBits = request.ExperienceBits,
                Fields = fields,
            };
            var outcome = await Call.SendAsync(sending, ledgerKey ?? key, release, found.Version, row.Location,
                hooks => Session.Client.RedeemAnswerAsync(request, hooks, CancellationToken.None),
                response =>
                {
                    result.RedemptionIds = response.RedemptionIds;
                    result.Message = response.Message;
                    result.Contradiction = RedemptionTruth.Contradiction(request, response.RedemptionIds.Count);
                },
                response => new JournalLine { RedemptionIds = response.RedemptionIds, Note = result.Contradiction == null ? null : JournalEntry.ContradictionPrefix + result.Contradiction },
                decision.Detail, stop).ConfigureAwait(false);
            // An error of the request (not a refusal to let it leave) is the answer's message.
            if (outcome.Status != RecordStatus.NotSent && outcome.Error != null) result.Message = outcome.Error.Message;
            return outcome;
        });
    }

    /// <summary>
    /// The record's key in the company's ledger: a reference is the company's; a row key
    /// ("row:hash#n") means something only within its input, so it is the journal's (scoped to it),
    /// or, for one redemption asked for by hand, this run's. Null: a row without a reference and
    /// without a journal, which nothing could keep from being redeemed again by a rerun.
    /// </summary>
    private string? LedgerKeyOf(string key, RedemptionRow row)
    {
        if (!key.StartsWith("row:", StringComparison.Ordinal)) return key;
        if (Journal != null) return CompanyLedger.ScopedKey(JournalKind.Redemption, key, Journal.Path);
        return row.SingleWrite ? key + "@run:" + (Ledger?.Run ?? "dry-run") : null;
    }
}
