using System.Globalization;
using SmartGift.Cli.Output;
using SmartGift.Cli.Running;

namespace SmartGift.Cli.Demo;

/// <summary>
/// A shop administrator's day, told in the shop's words against the in-process simulator:
/// the catalogue, last night's orders with one bad row, an accidental rerun that sells nothing
/// twice, a busy hour that meets the rate limit, an order whose answer was lost (Unknown) and
/// what the operator does about it, a customer at the spa desk, an expired voucher, and the
/// morning check. Each scene checks what it tells; the demo exits 0 only when all held.
/// </summary>
internal sealed class DemoScript
{
    /// <summary>The demo's lowered limit, so that a wait shows within seconds (the real API allows more).</summary>
    private const int BusyLimit = 4, BusyWindowSeconds = 5;

    private readonly CommandContext _context;
    private readonly SmartGiftSession _session;
    private readonly MockServerProbe _probe;
    private readonly string _workFolder;
    private readonly DemoChecks _checks;
    private readonly List<(string Csv, string Journal, string What)> _imports = new List<(string, string, string)>();
    private readonly string _demoKey;
    private string? _unknownOrder;
    private string? _unknownJournal;

    /// <param name="demoKey">The simulator's test key, for the scene where another till uses it too.</param>
    public DemoScript(CommandContext context, SmartGiftSession session, MockServerProbe probe, string workFolder, string demoKey)
    {
        _demoKey = demoKey;
        _context = context;
        _session = session;
        _probe = probe;
        _workFolder = workFolder;
        _checks = new DemoChecks(context);
    }

    /// <summary>The scenes, in order. The numbering comes from the list.</summary>
    private IReadOnlyList<DemoStep> Steps() => new[]
    {
        new DemoStep("The vouchers Demo Venue sells", CatalogueAsync),
        new DemoStep("Last night's web-shop orders", LastNightAsync),
        new DemoStep("Someone runs the same import again", RerunAsync),
        new DemoStep("A busy hour: Smart Gift's rate limit", BusyHourAsync),
        new DemoStep("A phone order whose answer was lost", LostAnswerAsync),
        new DemoStep("What the operator does about an Unknown order", SettleUnknownAsync),
        new DemoStep("A customer at the spa desk", SpaDeskAsync),
        new DemoStep("A voucher that has expired", ExpiredAsync),
        new DemoStep("The morning check", MorningCheckAsync),
    };

    public async Task<IReadOnlyList<string>> RunAsync()
    {
        var number = 0;
        foreach (var step in Steps())
        {
            _context.Note("");
            _context.Note("== " + ++number + ". " + step.Title + " ==");
            await step.Run().ConfigureAwait(false);
        }
        return _checks.Failed;
    }

    private void Say(string text) => _context.Note("  " + text);

    private async Task CatalogueAsync()
    {
        var vouchers = await _session.GetVouchersAsync(refresh: true, _context.Cancellation).ConfigureAwait(false);
        foreach (var voucher in vouchers.Where(v => v.Status == VoucherStatus.Active))
            Say(voucher.Name + ": " + Money(voucher.Price)
                + (voucher.Experiences.Count > 0 ? ", for " + string.Join(", ", voucher.Experiences.Select(e => e.Name)) : ""));
        var methods = await _session.GetPaymentMethodsAsync(refresh: true, _context.Cancellation).ConfigureAwait(false);
        Say("Customers pay by " + string.Join(" or ", methods.Select(m => m.Name)) + ".");
        _checks.Expect(vouchers.Any(v => v.Type == VoucherType.Experience && v.Experiences.Count > 0), "the catalogue lists money vouchers and an experience voucher with what it includes");
    }

    private async Task LastNightAsync()
    {
        var sample = DemoSample.Locate(_workFolder);
        var journal = Path.Combine(_workFolder, "last-night.journal.jsonl");
        _imports.Add((sample, journal, "last night's orders"));
        Say("The web shop exported " + Path.GetFileName(sample) + ". smartgift sends each order to Smart Gift, which sells the vouchers and e-mails or posts them.");
        Say("$ smartgift sale import " + Path.GetFileName(sample) + " --journal last-night.journal.jsonl");

        var before = await _probe.CountOrdersAsync(_context.Cancellation).ConfigureAwait(false);
        var results = Import(sample, journal);
        var after = await _probe.CountOrdersAsync(_context.Cancellation).ConfigureAwait(false);

        var sold = results.Where(r => r.Status == RecordStatus.Confirmed).ToList();
        var held = results.Where(r => r.Status == RecordStatus.Failed && r.Problems.Count > 0).ToList();
        Say(sold.Count + " orders sold (" + sold.First().OrderId + " to " + sold.Last().OrderId + "), " + Money(sold.Sum(r => r.Total ?? 0m)) + " in all.");
        foreach (var order in held)
            Say("Order " + order.OrderId + " was held back and never sent: " + string.Join("; ", order.Problems.Select(p => p.ToString()))
                + ". Fix it in the web shop and export again; the other orders did not wait for it.");
        _checks.Expect(sold.Count > 0 && after - before == sold.Count, sold.Count + " orders sold, and Smart Gift holds exactly " + (after - before) + " new orders");
        _checks.Expect(held.Count == 1 && held[0].Problems.All(p => p.Location.StartsWith("line ", StringComparison.Ordinal)),
            "the order with a bad e-mail address is held back with its line, and the others went on");
    }

    private async Task RerunAsync()
    {
        var (sample, journal, _) = _imports[0];
        Say("A colleague runs last night's import again by mistake. The journal knows what was sold.");
        var before = await _probe.CountRequestsAsync("POST", _session.Client.Options.SalePath, _context.Cancellation).ConfigureAwait(false);
        var results = Import(sample, journal);
        var after = await _probe.CountRequestsAsync("POST", _session.Client.Options.SalePath, _context.Cancellation).ConfigureAwait(false);
        Say((after - before) + " orders reached Smart Gift this time: no customer was charged twice, no voucher sold twice.");
        _checks.Expect(after == before && results.All(r => r.Status != RecordStatus.Confirmed), "the rerun sold nothing again");
    }

    private async Task BusyHourAsync()
    {
        var orders = Enumerable.Range(1, 6).Select(i => ("S-20" + i.ToString("00", CultureInfo.InvariantCulture), new[] { "Anwen", "Bethan", "Carys", "Dylan", "Emyr", "Ffion" }[i - 1]));
        var csv = DemoOrders.Write(_workFolder, "saturday.csv", orders);
        var journal = Path.Combine(_workFolder, "saturday.journal.jsonl");
        _imports.Add((csv, journal, "Saturday's orders"));
        await _probe.SetRateLimitAsync(BusyLimit, BusyWindowSeconds, _context.Cancellation).ConfigureAwait(false);
        Say("Smart Gift accepts only so many requests at a time from one shop (for this demo, " + BusyLimit + " every " + BusyWindowSeconds + " seconds).");
        Say("The shop's till, on the same key, has just used them up looking vouchers up.");
        await _probe.UseRequestsAsOtherClientAsync(_demoKey, BusyLimit, _context.Cancellation).ConfigureAwait(false);
        Say("Saturday's six orders go in now; smartgift waits its turn rather than have orders refused:");
        var waitsBefore = _context.Waits.Count;
        var results = Import(csv, journal);
        var waits = _context.Waits.Count - waitsBefore;
        await _probe.SetRateLimitAsync(60, 60, _context.Cancellation).ConfigureAwait(false);
        Say("smartgift waited " + waits + " time(s) for Smart Gift's limit, then carried on: " + results.Count(r => r.Status == RecordStatus.Confirmed) + " of 6 orders sold, none refused.");
        _checks.Expect(waits > 0 && results.Count(r => r.Status == RecordStatus.Confirmed) == 6, "the limit made smartgift wait, and every order was still sold");
    }

    private async Task LostAnswerAsync()
    {
        var csv = DemoOrders.Write(_workFolder, "phone-orders.csv", new[] { ("S-3001", "Gareth") });
        var journal = Path.Combine(_workFolder, "phone-orders.journal.jsonl");
        _imports.Add((csv, journal, "the phone order"));
        await _probe.LoseNextSaleAnswerAsync(_session.Client.Options.SalePath, _context.Cancellation).ConfigureAwait(false);
        Say("Gareth orders by phone (S-3001). Smart Gift receives the order, but the line drops before its answer arrives.");
        var result = Import(csv, journal).Single();
        _unknownOrder = result.OrderId;
        _unknownJournal = journal;
        Say("Order " + result.OrderId + ": " + result.Status + ". smartgift cannot know whether Smart Gift sold it, so it does not guess.");

        var before = await _probe.CountRequestsAsync("POST", _session.Client.Options.SalePath, _context.Cancellation).ConfigureAwait(false);
        var again = Import(csv, journal).Single();
        var after = await _probe.CountRequestsAsync("POST", _session.Client.Options.SalePath, _context.Cancellation).ConfigureAwait(false);
        Say("Running the import again does not send it again (" + (after - before) + " sent): if Smart Gift had it, Gareth would pay twice. It stays " + again.Status + ".");
        _checks.Expect(result.Status == RecordStatus.Unknown && again.Status == RecordStatus.Unknown && after == before,
            "the order whose answer was lost is Unknown, and a rerun does not send it again");
    }

    private async Task SettleUnknownAsync()
    {
        var order = _unknownOrder ?? "S-3001";
        var soldAs = await _probe.FindOrderAsync(order, _context.Cancellation).ConfigureAwait(false);
        Say("The operator looks " + order + " up in Smart Gift's back office (here, the simulator's list of orders):");
        var journalName = Path.GetFileName(_unknownJournal ?? "phone-orders.journal.jsonl");
        if (soldAs != null)
        {
            Say("it is there, as Smart Gift order " + soldAs + ": the voucher was sold. The operator records that in the journal:");
            Say("$ smartgift journal settle " + journalName + " " + order + " --found --order-id " + soldAs);
        }
        else
        {
            Say("it is not there: it was never sold. The operator records that, and the next import sends it:");
            Say("$ smartgift journal settle " + journalName + " " + order + " --absent");
        }
        if (_unknownJournal != null)
        {
            LedgerRecords.Settle(LedgerLocation.For(_session.Client.Options), _unknownJournal, new[] { order }, soldAs != null ? JournalDecision.Found : JournalDecision.Absent, DateTimeOffset.Now, soldAs,
                "looked up in the back office during the demo");
            Say("The decision is written to the journal with its time; the morning check now counts the order as sold.");
        }
        _checks.Expect(soldAs != null, "the order whose answer was lost is in Smart Gift's back office");
    }

    private Task SpaDeskAsync()
    {
        Say("A customer brings voucher DEMO000001 to the till. The till holds it first, so nobody else can use it meanwhile:");
        var hold = _session.Client.HoldAsync("DEMO000001", _context.Cancellation).GetAwaiter().GetResult();
        Say("Held until " + CellText.Of(hold.ExpiresAt) + " (holds end on their own after five minutes).");
        var money = Redeem(new RedemptionRow { RowNumber = 1, SingleWrite = true, VoucherNumber = "DEMO000001", SiteId = "1", Value = "10.00", HoldToken = hold.HoldToken });
        Say(money?.Status == RecordStatus.Confirmed ? "£10.00 taken off DEMO000001 for a lunch." : "The redemption did not go through: " + money?.Error?.Message);
        _checks.Expect(money?.Status == RecordStatus.Confirmed, "DEMO000001: £10.00 redeemed under the hold");

        Say("Another customer's Spa Day for Two voucher (DEMO000006): they use the spa and a massage today, lunch another day.");
        var spa = Redeem(new RedemptionRow { RowNumber = 1, SingleWrite = true, VoucherNumber = "DEMO000006", SiteId = "1", ExperienceNames = new[] { "Spa Access", "Massage" } });
        Say(spa?.Status == RecordStatus.Confirmed ? "Spa Access and Massage marked as used; Lunch is still on the voucher." : "The redemption did not go through: " + spa?.Error?.Message);
        _checks.Expect(spa?.Status == RecordStatus.Confirmed, "DEMO000006: two experiences redeemed by name");
        return Task.CompletedTask;
    }

    private Task ExpiredAsync()
    {
        Say("A customer offers DEMO000004 for £5.00.");
        var result = Redeem(new RedemptionRow { RowNumber = 1, SingleWrite = true, VoucherNumber = "DEMO000004", SiteId = "1", Value = "5.00" });
        Say("Smart Gift refused it: " + result?.Error?.Message + " Nothing was taken off the voucher.");
        _checks.Expect(result?.Status == RecordStatus.Failed && result.Error?.Kind == SmartGiftErrorKind.VoucherExpired, "the expired voucher is refused, and said so plainly");
        return Task.CompletedTask;
    }

    private async Task MorningCheckAsync()
    {
        Say("$ smartgift reconcile FILE --journal JOURNAL, for each import (exit 1 alerts when anything needs a person):");
        var catalogue = await _session.GetVouchersAsync(refresh: false, _context.Cancellation).ConfigureAwait(false);
        var methods = await _session.GetPaymentMethodsAsync(refresh: false, _context.Cancellation).ConfigureAwait(false);
        var summaries = new List<ReconciliationSummary>();
        foreach (var (csv, journal, what) in _imports.GroupBy(i => i.Csv).Select(g => g.First()))
        {
            using var reconciliation = new SaleReconciliation(journal, LedgerLocation.For(_session.Client.Options), catalogue, methods);
            var attention = new List<ReconciliationRow>();
            using (var reader = SaleCsvReader.Open(csv))
            {
                foreach (var row in reader.ReadRows())
                    attention.AddRange(reconciliation.Add(row).Where(r => r.Status != ReconciliationStatus.Confirmed));
                attention.AddRange(reconciliation.Complete().Where(r => r.Status != ReconciliationStatus.Confirmed));
            }
            var summary = reconciliation.Summary;
            summaries.Add(summary);
            Say(what + ": " + summary.Confirmed + " sold and confirmed"
                + string.Concat(attention.Select(r => "; " + r.OrderId + " " + Explain(r.Status))));
        }
        _checks.Expect(summaries[0].NotSent + summaries[0].Failed == 1 && summaries[0].Unknown == 0 && summaries[1].Confirmed == 6 && summaries[2].Unknown == 0 && summaries[2].Confirmed == 1,
            "the check confirms what was sold, including the settled order, and names the one order that needs a person: the bad row");
    }

    private static string Explain(ReconciliationStatus status) => status switch
    {
        ReconciliationStatus.NotSent => "never sent (fix and import again)",
        ReconciliationStatus.Unknown => "Unknown (check the back office, then settle it)",
        ReconciliationStatus.Failed => "refused, never sent (fix the row and import again)",
        ReconciliationStatus.NotInSource => "in the journal but not in the file",
        _ => status.ToString(),
    };

    private List<OrderResult> Import(string csv, string journal)
    {
        var results = new List<OrderResult>();
        SaleCommandRunner.Run(_context, _session, csv, new ImportOptions<SaleRequest> { JournalPath = journal, Source = csv },
            e => { if (e is OrderResult r) results.Add(r); }, new NullRecordWriter());
        return results;
    }

    private RedemptionResult? Redeem(RedemptionRow row)
    {
        RedemptionResult? seen = null;
        RedemptionCommandRunner.Run(_context, _session, new[] { row }, new ImportOptions<RedeemRequest> { MaxConcurrency = 1 }, "Redeeming " + row.VoucherNumber,
            e => { if (e is RedemptionResult r) seen = r; }, single: true, writer: new NullRecordWriter());
        return seen;
    }

    private static string Money(decimal? amount) => amount == null ? "" : "£" + CellText.Of(amount.Value);
}
