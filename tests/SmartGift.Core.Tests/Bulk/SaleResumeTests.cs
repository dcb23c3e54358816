using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Bulk;

/// <summary>What a rerun does with each state the journal can hold (docs/journal.md).</summary>
public sealed class SaleResumeTests
{
    private static string HashOf(SaleRow row) => RecordKey.SaleHash(CartBuilder.Build(new[] { row }).Sale!);

    private static string Line(string evt, string key, string hash, string extra = "") =>
        "{\"at\":\"2026-11-21T10:00:00.000Z\",\"event\":\"" + evt + "\",\"key\":\"" + key + "\",\"hash\":\"" + hash + "\"" + extra + "}";

    [Fact]
    public async Task A_rerun_sends_only_what_was_never_sent_or_never_reached_the_server()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session();
        var rows = new[] { "c-1", "c-2", "f-1", "f-2", "u-1", "u-2", "r-1", "n-1" }.Select((id, i) => SaleRows.Sendable(id, i + 1)).ToList();
        var changed = SaleRows.Sendable("c-2", 2, price: 50.00m, voucherId: "271");
        rows[1] = changed;
        string H(string id) => HashOf(SaleRows.Sendable(id, 1));
        var journal = server.PathFor("resume.jsonl");
        File.WriteAllText(journal, string.Join("\n",
            "{\"format\":\"smartgift-journal\",\"version\":1,\"kind\":\"sale\",\"created\":\"2026-11-21T10:00:00.000Z\"}",
            Line("sending", "c-1", H("c-1")), Line("confirmed", "c-1", H("c-1"), ",\"order_id\":\"oWg9LWe6G\""),
            Line("sending", "c-2", H("c-2")), Line("confirmed", "c-2", H("c-2"), ",\"order_id\":\"SGc2\""),
            Line("sending", "f-1", H("f-1")), Line("failed", "f-1", H("f-1"), ",\"error\":\"VoucherInvalid\",\"message\":\"cart.items.0.id: The selected id is invalid.\",\"permanent\":true"),
            Line("sending", "f-2", H("f-2")), Line("failed", "f-2", H("f-2"), ",\"error\":\"Network\",\"message\":\"connection refused\",\"permanent\":false"),
            Line("sending", "u-1", H("u-1")), Line("unknown", "u-1", H("u-1"), ",\"error\":\"OutcomeUnknown\",\"message\":\"the connection dropped\""),
            Line("sending", "u-2", H("u-2")),
            Line("sending", "r-1", H("r-1")), Line("released", "r-1", H("r-1"))) + "\n");

        ImportDriver run;
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal }))
            run = ImportDriver.Run(import, rows);

        var byId = run.Orders.ToDictionary(o => o.OrderId);
        Assert.Equal(RecordStatus.Skipped, byId["c-1"].Status);
        Assert.Equal("confirmed as oWg9LWe6G on 2026-11-21", byId["c-1"].Detail);
        Assert.Equal("oWg9LWe6G", byId["c-1"].SmartGiftOrderId);
        Assert.Equal(RecordStatus.Conflict, byId["c-2"].Status);
        Assert.Contains("has changed since", byId["c-2"].Detail);
        Assert.Equal(RecordStatus.Failed, byId["f-1"].Status);
        Assert.Contains("The selected id is invalid.", byId["f-1"].Detail);
        Assert.Equal(RecordStatus.Unknown, byId["u-1"].Status);
        Assert.Equal(RecordStatus.Unknown, byId["u-2"].Status);
        Assert.Contains("--retry-unknown (-RetryUnknown)", byId["u-2"].Detail);
        Assert.Equal(SmartGiftErrorKind.OutcomeUnknown, byId["u-2"].Error!.Kind);
        foreach (var sent in new[] { "f-2", "r-1", "n-1" }) Assert.Equal(RecordStatus.Confirmed, byId[sent].Status);

        var stored = await server.Control.GetOrdersAsync();
        Assert.Equal(new[] { "f-2", "n-1", "r-1" }, stored.Select(o => o.RequestedOrderId).OrderBy(x => x));
    }

    [Fact]
    public async Task RetryUnknown_sends_unknown_orders_again_and_records_the_release()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session();
        var rows = SaleRows.Orders(3, "u");
        var journal = server.PathFor("retry.jsonl");
        File.WriteAllText(journal, string.Join("\n",
            "{\"format\":\"smartgift-journal\",\"version\":1,\"kind\":\"sale\",\"created\":\"2026-11-21T10:00:00.000Z\"}",
            Line("sending", "u-1", HashOf(rows[0])), Line("unknown", "u-1", HashOf(rows[0]), ",\"error\":\"OutcomeUnknown\",\"message\":\"dropped\""),
            Line("sending", "u-2", HashOf(rows[1])),
            Line("sending", "u-3", HashOf(rows[2])), Line("confirmed", "u-3", HashOf(rows[2]), ",\"order_id\":\"SG3\"")) + "\n");

        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal }))
        {
            ImportDriver.Run(import, rows);
            Assert.Equal(2, import.Summary.Unknown);
        }
        Assert.Empty(await server.Control.GetOrdersAsync());

        ImportDriver retry;
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal, RetryUnknown = true }))
            retry = ImportDriver.Run(import, rows);

        Assert.Equal(new[] { RecordStatus.Confirmed, RecordStatus.Confirmed, RecordStatus.Skipped }, retry.Orders.Select(o => o.Status));
        Assert.Equal(new[] { "u-1", "u-2" }, (await server.Control.GetOrdersAsync()).Select(o => o.RequestedOrderId).OrderBy(x => x));
        var lines = File.ReadAllLines(journal);
        Assert.Single(lines, l => l.Contains("\"event\":\"released\"") && l.Contains("\"key\":\"u-1\""));
        Assert.Single(lines, l => l.Contains("\"event\":\"released\"") && l.Contains("\"key\":\"u-2\""));

        // Once confirmed, a third run (even with RetryUnknown) sends nothing.
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal, RetryUnknown = true }))
            Assert.All(ImportDriver.Run(import, rows).Orders, o => Assert.Equal(RecordStatus.Skipped, o.Status));
        Assert.Equal(2, (await server.Control.GetOrdersAsync()).Count);
    }

    [Fact]
    public async Task An_order_refused_by_the_server_is_not_sent_again()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session();
        var rows = new[] { SaleRows.Sendable("hidden-1", 1, voucherId: "290"), SaleRows.Sendable("ok-1", 2) };
        var journal = server.PathFor("refused.jsonl");

        ImportDriver first;
        // Past the local catalogue check (290 is hidden): this is about Smart Gift's own refusal.
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal, CheckCatalogue = false }))
            first = ImportDriver.Run(import, rows);
        var refused = first.Orders.First();
        Assert.Equal(RecordStatus.Failed, refused.Status);
        Assert.NotEqual(SmartGiftErrorKind.Network, refused.Error!.Kind);
        var sentBefore = (await server.Control.GetRequestsAsync()).Count(r => r.Method == "POST");

        ImportDriver second;
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal, CheckCatalogue = false }))
            second = ImportDriver.Run(import, rows);
        // Still refused (Failed, not a quiet skip) and not sent again; the confirmed one is skipped.
        Assert.Equal(new[] { RecordStatus.Failed, RecordStatus.Skipped }, second.Orders.Select(o => o.Status));
        Assert.Contains("still refused", second.Orders.First().Detail);
        Assert.Equal(sentBefore, (await server.Control.GetRequestsAsync()).Count(r => r.Method == "POST"));
    }
}
