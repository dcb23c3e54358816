using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;

namespace SmartGift.Cli;

/// <summary>
/// A shop administrator's day in the shop's words; each scene checks what it tells, and the demo exits 0 only when all held.
/// </summary>
/// <param name="demoKey">The simulator's test key, for the scene where another till uses it too.</param>
internal sealed class DemoScript(CommandContext context, SmartGiftSession session, string workFolder, string demoKey)
    : IDisposable
{
    /// <summary>The simulator's routes (/_mock/...): what it saw, so that the demo can prove nothing was sent twice.</summary>
    private readonly HttpClient _mock = new HttpClient { BaseAddress = session.Client.Options.BaseUri };

    private const int BusyLimit = 4, BusyWindowSeconds = 5; // lowered so that a wait shows within seconds

    private const string OrdersHeader =
        "order_id,voucher_id,price,quantity,to,from,message,first_name,last_name,email,address1,address2,postcode,town,county," +
        "delivery_method,delivery_price,delivery_email,delivery_date,payment_method_id,payment_amount";

    /// <summary>What was expected and not seen: the demo exits 0 only when this stays empty.</summary>
    private readonly List<string> _failed = new List<string>();
    private readonly List<(string Csv, string Journal, string What)> _imports = new List<(string, string, string)>();

    public async Task<IReadOnlyList<string>> RunAsync()
    {
        // The scenes, in order, each a title in the shop's words. The numbering comes from the list.
        (string Title, Func<Task> Run)[] scenes =
        [
        ("The vouchers Demo Venue sells", CatalogueAsync),
        ("Last night's web-shop orders", LastNightAsync),
        ("Someone runs the same import again", RerunAsync),
        ("A busy hour: Smart Gift's rate limit", BusyHourAsync),
        ("A phone order whose answer was lost", LostAnswerAsync),
        ("What the operator does about an Unknown order", SettleUnknownAsync),
        ("A customer at the spa desk", SpaDeskAsync),
        ("A voucher that has expired", ExpiredAsync),
        ("The morning check", MorningCheckAsync),
        ];
        for (var i = 0; i < scenes.Length; i++)
        {
            context.Note("");
            context.Note("== " + (i + 1) + ". " + scenes[i].Title + " ==");
            await scenes[i].Run().ConfigureAwait(false);
        }
        return _failed;
    }

    private void Say(string text) => context.Note("  " + text);

    private void Expect(bool condition, string what)
    {
        context.Note((condition ? "  [ok] " : "  [NOT AS EXPECTED] ") + what);
        if (!condition) _failed.Add(what);
    }

    private async Task CatalogueAsync()
    {
        var vouchers = await session.GetVouchersAsync(refresh: true, context.Cancellation).ConfigureAwait(false);
        foreach (var voucher in vouchers.Where(v => v.Status == VoucherStatus.Active))
            Say(voucher.Name + ": " + Money(voucher.Price)
                + (voucher.Experiences.Count > 0 ? ", for " + string.Join(", ", voucher.Experiences.Select(e => e.Name)) : ""));
        var methods = await session.GetPaymentMethodsAsync(refresh: true, context.Cancellation).ConfigureAwait(false);
        Say("Customers pay by " + string.Join(" or ", methods.Select(m => m.Name)) + ".");
        Expect(vouchers.Any(v => v.Type == VoucherType.Experience && v.Experiences.Count > 0), "the catalogue lists money vouchers and an experience voucher with what it includes");
    }

    private async Task LastNightAsync()
    {
        var sample = Path.Combine(workFolder, "sales.csv"); // docs/samples/sales.csv, embedded so that an installed tool has it
        using (var embedded = typeof(DemoScript).Assembly.GetManifestResourceStream("sales.csv")!)
        using (var file = File.Create(sample)) embedded.CopyTo(file);
        var journal = Path.Combine(workFolder, "last-night.journal.jsonl");
        _imports.Add((sample, journal, "last night's orders"));
        Say("The web shop exported " + Path.GetFileName(sample) + ". smartgift sends each order to Smart Gift, which sells the vouchers and e-mails or posts them.");
        Say("$ smartgift sale import " + Path.GetFileName(sample) + " --journal last-night.journal.jsonl");

        var before = (await MockListAsync("_mock/orders").ConfigureAwait(false)).Length;
        var results = Import(sample, journal);
        var after = (await MockListAsync("_mock/orders").ConfigureAwait(false)).Length;

        var sold = results.Where(r => r.Status == RecordStatus.Confirmed).ToList();
        var held = results.Where(r => r.Status == RecordStatus.Failed && r.Problems.Count > 0).ToList();
        Say(sold.Count + " orders sold (" + sold.First().OrderId + " to " + sold.Last().OrderId + "), " + Money(sold.Sum(r => r.Total ?? 0m)) + " in all.");
        foreach (var order in held)
            Say("Order " + order.OrderId + " was held back and never sent: " + string.Join("; ", order.Problems.Select(p => p.ToString()))
                + ". Fix it in the web shop and export again; the other orders did not wait for it.");
        Expect(sold.Count > 0 && after - before == sold.Count, sold.Count + " orders sold, and Smart Gift holds exactly " + (after - before) + " new orders");
        Expect(held.Count == 1 && held[0].Problems.All(p => p.Location.StartsWith("line ", StringComparison.Ordinal)),
            "the order with a bad e-mail address is held back with its line, and the others went on");
    }

    private async Task RerunAsync()
    {
        var (sample, journal, _) = _imports[0];
        Say("A colleague runs last night's import again by mistake. The journal knows what was sold.");
        var before = await SalesSentAsync().ConfigureAwait(false);
        var results = Import(sample, journal);
        var after = await SalesSentAsync().ConfigureAwait(false);
        Say((after - before) + " orders reached Smart Gift this time: no customer was charged twice, no voucher sold twice.");
        Expect(after == before && results.All(r => r.Status != RecordStatus.Confirmed), "the rerun sold nothing again");
    }

    private async Task BusyHourAsync()
    {
        var orders = Enumerable.Range(1, 6).Select(i => ("S-20" + i.ToString("00", CultureInfo.InvariantCulture), new[] { "Anwen", "Bethan", "Carys", "Dylan", "Emyr", "Ffion" }[i - 1]));
        var csv = WriteOrders("saturday.csv", orders);
        var journal = Path.Combine(workFolder, "saturday.journal.jsonl");
        _imports.Add((csv, journal, "Saturday's orders"));
        await SetRateLimitAsync(BusyLimit, BusyWindowSeconds).ConfigureAwait(false);
        Say("Smart Gift accepts only so many requests at a time from one shop (for this demo, " + BusyLimit + " every " + BusyWindowSeconds + " seconds).");
        Say("The shop's till, on the same key, has just used them up looking vouchers up.");
        for (var i = 0; i < BusyLimit; i++) // the till's requests, which this process does not know of
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "vouchers");
            request.Headers.TryAddWithoutValidation("Smart-Auth", demoKey);
            using var response = await _mock.SendAsync(request, context.Cancellation).ConfigureAwait(false);
        }
        Say("Saturday's six orders go in now; smartgift waits its turn rather than have orders refused:");
        var waitsBefore = context.Waits.Count;
        var results = Import(csv, journal);
        var waits = context.Waits.Count - waitsBefore;
        await SetRateLimitAsync(60, 60).ConfigureAwait(false);
        Say("smartgift waited " + waits + " time(s) for Smart Gift's limit, then carried on: " + results.Count(r => r.Status == RecordStatus.Confirmed) + " of 6 orders sold, none refused.");
        Expect(waits > 0 && results.Count(r => r.Status == RecordStatus.Confirmed) == 6, "the limit made smartgift wait, and every order was still sold");
    }

    private async Task LostAnswerAsync()
    {
        var csv = WriteOrders("phone-orders.csv", new[] { ("S-3001", "Gareth") });
        var journal = Path.Combine(workFolder, "phone-orders.journal.jsonl");
        _imports.Add((csv, journal, "the phone order"));
        // The next sale reaches Smart Gift and is stored, but the connection drops before its answer.
        var lose = "{\"method\":\"POST\",\"path\":\"" + SalePath + "\",\"kind\":\"drop_after\",\"count\":1}";
        await MockPostAsync("_mock/faults", lose).ConfigureAwait(false);
        Say("Gareth orders by phone (S-3001). Smart Gift receives the order, but the line drops before its answer arrives.");
        var result = Import(csv, journal).Single();
        Say("Order " + result.OrderId + ": " + result.Status + ". smartgift cannot know whether Smart Gift sold it, so it does not guess.");

        var before = await SalesSentAsync().ConfigureAwait(false);
        var again = Import(csv, journal).Single();
        var after = await SalesSentAsync().ConfigureAwait(false);
        Say("Running the import again does not send it again (" + (after - before) + " sent): if Smart Gift had it, Gareth would pay twice. It stays " + again.Status + ".");
        Expect(result.Status == RecordStatus.Unknown && again.Status == RecordStatus.Unknown && after == before,
            "the order whose answer was lost is Unknown, and a rerun does not send it again");
    }

    private async Task SettleUnknownAsync()
    {
        var (_, journal, _) = _imports[^1]; // the phone order's, whose one order S-3001 is Unknown
        const string order = "S-3001";
        var soldAs = (await MockListAsync("_mock/orders").ConfigureAwait(false))
            .Where(o => o.TryGetProperty("requested_order_id", out var requested) && requested.GetString() == order)
            .Select(o => o.TryGetProperty("order_id", out var id) ? id.ToString() : order).FirstOrDefault();
        Say("The operator looks " + order + " up in Smart Gift's back office (here, the simulator's list of orders):");
        Say(soldAs != null
            ? "it is there, as Smart Gift order " + soldAs + ": the voucher was sold. The operator records that in the journal:"
            : "it is not there: it was never sold. The operator records that, and the next import sends it:");
        var decision = soldAs != null ? " --found --order-id " + soldAs : " --absent";
        Say("$ smartgift journal settle " + Path.GetFileName(journal) + " " + order + decision);
        LedgerRecords.Settle(LedgerLocation.For(session.Client.Options), journal, new[] { order },
            soldAs != null ? JournalDecision.Found : JournalDecision.Absent, DateTimeOffset.Now, soldAs, "looked up in the back office during the demo");
        Say("The decision is written to the journal with its time; the morning check now counts the order as sold.");
        Expect(soldAs != null, "the order whose answer was lost is in Smart Gift's back office");
    }

    private async Task SpaDeskAsync()
    {
        Say("A customer brings voucher DEMO000001 to the till. The till holds it first, so nobody else can use it meanwhile:");
        var hold = await session.Client.HoldAsync("DEMO000001", context.Cancellation).ConfigureAwait(false);
        Say("Held until " + CellText.Of(hold.ExpiresAt) + " (holds end on their own after five minutes).");
        var money = Redeem(new RedemptionRow { RowNumber = 1, SingleWrite = true, VoucherNumber = "DEMO000001", SiteId = "1", Value = "10.00", HoldToken = hold.HoldToken });
        Say(money?.Status == RecordStatus.Confirmed ? "£10.00 taken off DEMO000001 for a lunch." : "The redemption did not go through: " + money?.Error?.Message);
        Expect(money?.Status == RecordStatus.Confirmed, "DEMO000001: £10.00 redeemed under the hold");

        Say("Another customer's Spa Day for Two voucher (DEMO000006): they use the spa and a massage today, lunch another day.");
        var spa = Redeem(new RedemptionRow { RowNumber = 1, SingleWrite = true, VoucherNumber = "DEMO000006", SiteId = "1", ExperienceNames = new[] { "Spa Access", "Massage" } });
        Say(spa?.Status == RecordStatus.Confirmed ? "Spa Access and Massage marked as used; Lunch is still on the voucher." : "The redemption did not go through: " + spa?.Error?.Message);
        Expect(spa?.Status == RecordStatus.Confirmed, "DEMO000006: two experiences redeemed by name");
    }

    private Task ExpiredAsync()
    {
        Say("A customer offers DEMO000004 for £5.00.");
        var result = Redeem(new RedemptionRow { RowNumber = 1, SingleWrite = true, VoucherNumber = "DEMO000004", SiteId = "1", Value = "5.00" });
        Say("Smart Gift refused it: " + result?.Error?.Message + " Nothing was taken off the voucher.");
        Expect(result?.Status == RecordStatus.Failed && result.Error?.Kind == SmartGiftErrorKind.VoucherExpired, "the expired voucher is refused, and said so plainly");
        return Task.CompletedTask;
    }

    private async Task MorningCheckAsync()
    {
        Say("$ smartgift reconcile FILE --journal JOURNAL, for each import (exit 1 alerts when anything needs a person):");
        var catalogue = await session.GetVouchersAsync(refresh: false, context.Cancellation).ConfigureAwait(false);
        var methods = await session.GetPaymentMethodsAsync(refresh: false, context.Cancellation).ConfigureAwait(false);
        var summaries = new List<ReconciliationSummary>();
        foreach (var (csv, journal, what) in _imports)
        {
            using var reconciliation = new SaleReconciliation(journal, LedgerLocation.For(session.Client.Options), catalogue, methods);
            using var reader = SaleCsvReader.Open(csv);
            // Every row first (ToList), then what the journal holds beyond the file.
            var attention = reader.ReadRows().SelectMany(reconciliation.Add).ToList()
                .Concat(reconciliation.Complete()).Where(r => r.Status != ReconciliationStatus.Confirmed);
            var summary = reconciliation.Summary;
            summaries.Add(summary);
            Say(what + ": " + summary.Confirmed + " sold and confirmed"
                + string.Concat(attention.Select(r => "; " + r.OrderId + " " + Explain(r.Status))));
        }
        Expect(summaries[0].NotSent + summaries[0].Failed == 1 && summaries[0].Unknown == 0 && summaries[1].Confirmed == 6 && summaries[2].Unknown == 0 && summaries[2].Confirmed == 1,
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

    private async Task<int> SalesSentAsync() => (await MockListAsync("_mock/requests").ConfigureAwait(false)).Count(r =>
        r.TryGetProperty("method", out var m) && string.Equals(m.GetString(), "POST", StringComparison.OrdinalIgnoreCase) &&
        r.TryGetProperty("path", out var p) && string.Equals(p.GetString(), SalePath, StringComparison.OrdinalIgnoreCase));

    private string SalePath => session.Client.Options.SalePath;

    private Task SetRateLimitAsync(int limit, int seconds) =>
        MockPostAsync("_mock/rate-limit", "{\"limit\":" + limit + ",\"window_seconds\":" + seconds + "}");

    /// <summary>The entries of a control list ({"data": [...]}).</summary>
    private async Task<JsonElement[]> MockListAsync(string path)
    {
        var answer = await _mock.GetFromJsonAsync<JsonElement>(path, context.Cancellation).ConfigureAwait(false);
        return answer.GetProperty("data").EnumerateArray().ToArray();
    }

    private async Task MockPostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _mock.PostAsync(path, content, context.Cancellation).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _mock.Dispose();

    private List<OrderResult> Import(string csv, string journal)
    {
        var results = new List<OrderResult>();
        ImportRun.Sales(context, session, csv, new ImportOptions<SaleRequest> { JournalPath = journal, Source = csv },
            e => { if (e is OrderResult r) results.Add(r); }, Nowhere);
        return results;
    }

    private RedemptionResult? Redeem(RedemptionRow row)
    {
        RedemptionResult? seen = null;
        ImportRun.Redemptions(context, session, new[] { row }, new ImportOptions<RedeemRequest> { MaxConcurrency = 1 }, "Redeeming " + row.VoucherNumber,
            e => { if (e is RedemptionResult r) seen = r; }, single: true, writer: Nowhere);
        return seen;
    }

    /// <summary>More orders, written as a till would export them: one £50 voucher each, e-mailed (0.50), paid by card (50.50).</summary>
    private string WriteOrders(string fileName, IEnumerable<(string OrderId, string Buyer)> orders)
    {
        var path = Path.Combine(workFolder, fileName);
        var rows = orders.Select(o =>
            o.OrderId + ",271,50.00,1,Friend," + o.Buyer + ",Enjoy!," + o.Buyer + ",Jones," + o.Buyer.ToLowerInvariant() + "@example.com," +
            "1 High Street,,CF10 1AA,Cardiff,South Glamorgan,12,0.50," + o.Buyer.ToLowerInvariant() + "@example.com,,11,50.50");
        File.WriteAllText(path, OrdersHeader + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    /// <summary>Shows no records: the demo tells each result in the shop's words instead.</summary>
    private static JsonRecordWriter Nowhere => new JsonRecordWriter(TextWriter.Null, lines: true);

    private static string Money(decimal? amount) => amount == null ? "" : "£" + CellText.Of(amount.Value);
}
