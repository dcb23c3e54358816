using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Bulk;

public sealed class SaleImportTests
{
    [Fact]
    public async Task Sends_each_valid_order_once_in_input_order_and_refuses_the_invalid_one_locally()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session();
        var rows = SaleRows.Orders(5);
        rows.Insert(2, SaleRows.BadPrice("bad-1", 99));
        var journal = server.PathFor("sales.jsonl");

        ImportDriver run;
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal, MaxConcurrency = 3 }))
        {
            run = ImportDriver.Run(import, rows);
            Assert.True(5 == import.Summary.Confirmed, string.Join("\n", run.Orders.Select(o => o.OrderId + " " + o.Status + " " + o.Detail + " " + o.Error)));
            Assert.Equal(1, import.Summary.Failed);
        }

        Assert.Equal(new[] { "ord-1", "ord-2", "bad-1", "ord-3", "ord-4", "ord-5" }, run.Orders.Select(o => o.OrderId));
        var bad = run.Orders.Single(o => o.OrderId == "bad-1");
        Assert.Equal(RecordStatus.Failed, bad.Status);
        Assert.Equal(SmartGiftErrorKind.Validation, bad.Error!.Kind);
        Assert.Contains("line 100", bad.Error.Message);
        Assert.Contains("price", bad.Error.Message);
        Assert.NotEmpty(bad.Problems);

        var stored = await server.Control.GetOrdersAsync();
        Assert.Equal(5, stored.Count);
        Assert.DoesNotContain(stored, o => o.RequestedOrderId == "bad-1");
        foreach (var result in run.Orders.Where(o => o.OrderId != "bad-1"))
        {
            Assert.Equal(RecordStatus.Confirmed, result.Status);
            Assert.Single(stored, o => o.OrderId == result.SmartGiftOrderId && o.RequestedOrderId == result.OrderId);
        }
        Assert.DoesNotContain(ImportServer.DemoKey, File.ReadAllText(journal));
    }

    [Fact]
    public async Task A_rerun_with_the_same_journal_sends_nothing_and_says_where_each_order_was_confirmed()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session();
        var journal = server.PathFor("sales.jsonl");
        ImportDriver first;
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal }))
            first = ImportDriver.Run(import, SaleRows.Orders(4));

        ImportDriver second;
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal }))
        {
            second = ImportDriver.Run(import, SaleRows.Orders(4));
            Assert.Equal(4, import.Summary.Skipped);
        }

        Assert.Equal(4, (await server.Control.GetOrdersAsync()).Count);
        foreach (var (a, b) in first.Orders.Zip(second.Orders))
        {
            Assert.Equal(RecordStatus.Skipped, b.Status);
            Assert.Equal(a.SmartGiftOrderId, b.SmartGiftOrderId);
            Assert.StartsWith("confirmed as " + a.SmartGiftOrderId + " on ", b.Detail);
        }
    }
}
