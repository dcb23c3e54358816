using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Bulk;

/// <summary>How a run behaves: dry run, decline, ordering under concurrency, bounded window, stop rules, cancellation.</summary>
public sealed class SaleImportSendingTests
{
    [Fact]
    public async Task A_dry_run_sends_nothing_and_writes_no_journal()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session();
        var rows = SaleRows.Orders(3);
        rows.Add(SaleRows.BadPrice("bad", 9));
        var journal = server.PathFor("dry.jsonl");

        ImportDriver run;
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal, DryRun = true }))
            run = ImportDriver.Run(import, rows);

        Assert.Equal(new[] { RecordStatus.Skipped, RecordStatus.Skipped, RecordStatus.Skipped, RecordStatus.Failed }, run.Orders.Select(o => o.Status));
        Assert.All(run.Orders.Take(3), o => Assert.Equal("not sent: dry run", o.Detail));
        Assert.False(File.Exists(journal));
        // Only reads: the catalogue check (GET /vouchers, /payment-methods) runs in a dry run too.
        Assert.DoesNotContain(await server.Control.GetRequestsAsync(), r => r.Method != "GET");
    }

    [Fact]
    public async Task A_dry_run_on_a_journal_in_use_is_refused()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session();
        var journal = server.PathFor("busy.jsonl");
        using var running = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal });
        var e = Assert.Throws<JournalException>(() => new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal, DryRun = true }));
        Assert.Contains(Path.GetFullPath(journal), e.Message);
        Assert.Throws<JournalException>(() => new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal }));
    }

    [Fact]
    public async Task Approve_is_asked_on_the_callers_thread_and_a_declined_order_is_not_sent()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session();
        var caller = Environment.CurrentManagedThreadId;
        var asked = new List<(string, int)>();
        var options = new ImportOptions<SaleRequest>
        {
            Approve = sale => { asked.Add((sale.OrderId, Environment.CurrentManagedThreadId)); return sale.OrderId != "ord-2"; },
        };

        ImportDriver run;
        using (var import = new SaleImport(session, options))
            run = ImportDriver.Run(import, SaleRows.Orders(3));

        Assert.Equal(new[] { "ord-1", "ord-2", "ord-3" }, asked.Select(a => a.Item1));
        Assert.All(asked, a => Assert.Equal(caller, a.Item2));
        var declined = run.Orders.Single(o => o.OrderId == "ord-2");
        Assert.Equal(RecordStatus.Skipped, declined.Status);
        Assert.Equal("not sent: declined", declined.Detail);
        Assert.True(run.Orders.Where(o => o.OrderId != "ord-2").All(o => o.Status == RecordStatus.Confirmed),
            string.Join("; ", run.Orders.Select(o => o.OrderId + " " + o.Status + " " + o.Detail + " " + o.Error)));
        Assert.Equal(new[] { "ord-1", "ord-3" }, (await server.Control.GetOrdersAsync()).Select(o => o.RequestedOrderId).OrderBy(x => x));
    }

    [Fact]
    public async Task Results_keep_the_input_order_when_answers_come_back_out_of_order()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session();
        // The first three sales are slow: later ones overtake them on the server.
        await server.Control.AddFaultAsync(MockFault.Latency("POST", "/pos-sale", 600, count: 3));
        var rows = SaleRows.Orders(20);

        ImportDriver run;
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = server.PathFor("order.jsonl"), MaxConcurrency = 4 }))
            run = ImportDriver.Run(import, rows);

        Assert.Equal(rows.Select(r => r.OrderId), run.Orders.Select(o => o.OrderId));
        Assert.All(run.Orders, o => Assert.Equal(RecordStatus.Confirmed, o.Status));
        var stored = await server.Control.GetOrdersAsync();
        Assert.Equal(20, stored.Count);
        Assert.Equal(20, stored.Select(o => o.RequestedOrderId).Distinct().Count());
        // The server really did finish them in another order, so the reorder buffer was needed.
        Assert.NotEqual(rows.Select(r => r.OrderId), stored.OrderBy(o => o.CreatedAt).Select(o => o.RequestedOrderId));
    }

    [Fact]
    public async Task Add_hands_results_back_while_the_input_is_still_coming()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session();
        await server.Control.AddFaultAsync(MockFault.Latency("POST", "/pos-sale", 50));
        var fromAdd = 0;
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { MaxConcurrency = 2 }))
        {
            // 2 in flight + 12 waiting is the window: well before 40 rows, Add must wait and deliver.
            foreach (var row in SaleRows.Orders(40)) fromAdd += import.Add(row).OfType<OrderResult>().Count();
            var rest = import.Complete().OfType<OrderResult>().Count();
            Assert.Equal(40, fromAdd + rest);
            Assert.True(rest <= 2 * 2 + 8, $"{rest} results were still held when the input ended");
        }
        Assert.True(fromAdd >= 40 - (2 * 2 + 8));
    }

    [Fact]
    public async Task A_401_stops_the_run_returns_what_was_in_flight_then_throws()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session(key: "sk_test_unknown_key_0000");
        var journal = server.PathFor("auth.jsonl");
        var delivered = new List<OrderResult>();
        SmartGiftException? thrown = null;
        // No catalogue check: its GET would meet the 401 before any sale is in flight, and this test is about those in flight.
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal, MaxConcurrency = 2, CheckCatalogue = false }))
        {
            try
            {
                foreach (var row in SaleRows.Orders(30)) delivered.AddRange(import.Add(row).OfType<OrderResult>());
                delivered.AddRange(import.Complete().OfType<OrderResult>());
            }
            catch (SmartGiftException e)
            {
                thrown = e;
            }
        }

        Assert.NotNull(thrown);
        Assert.Equal(SmartGiftErrorKind.Unauthenticated, thrown!.Kind);
        Assert.InRange(delivered.Count, 1, 2 * 2 + 8);
        // In flight: refused (401). Queued behind the stop: reported NotSent, never dropped (issue 18, finding 8).
        Assert.Contains(delivered, o => o.Status == RecordStatus.Failed);
        Assert.All(delivered, o => Assert.True(o.Status == RecordStatus.Failed || o.Status == RecordStatus.NotSent, o.OrderId + ": " + o.Status));
        Assert.All(delivered, o => Assert.Equal(SmartGiftErrorKind.Unauthenticated, o.Error!.Kind));
        var posts = (await server.Control.GetRequestsAsync()).Count(r => r.Method == "POST");
        Assert.InRange(posts, 1, 2);
        Assert.DoesNotContain("sk_test_unknown_key_0000", File.ReadAllText(journal));

        // 401 never reached processing: the same journal with the right key sends everything.
        using var good = server.Session();
        using var rerun = new SaleImport(good, new ImportOptions<SaleRequest> { JournalPath = journal });
        var again = ImportDriver.Run(rerun, SaleRows.Orders(30));
        Assert.All(again.Orders, o => Assert.Equal(RecordStatus.Confirmed, o.Status));
        Assert.Equal(30, (await server.Control.GetOrdersAsync()).Count);
    }

    [Fact]
    public async Task When_the_service_cannot_be_reached_the_run_stops_sending_and_reports_the_rest()
    {
        // A port that was free a moment ago and has no listener: connections are refused.
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var gone = new Uri("http://127.0.0.1:" + ((System.Net.IPEndPoint)probe.LocalEndpoint).Port + "/");
        probe.Stop();
        await using var server = await ImportServer.StartAsync();
        // No connect retries: the client's own backoff is not what this test is about.
        // A key of its own: the governor of (host:port, key) is process-wide, and a later test's
        // server may be given the same port.
        var options = new SmartGiftClientOptions(gone, ApiKey.FromString("sk_test_unreachable_0000")) { MaxGetAttempts = 1 };
        using var session = new SmartGiftSession(options, "gone", "1");
        var journal = server.PathFor("unreachable.jsonl");

        ImportDriver run;
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal, MaxConcurrency = 1 }))
            run = ImportDriver.Run(import, SaleRows.Orders(10));

        var orders = run.Orders.ToList();
        Assert.Equal(10, orders.Count);
        // Three failed connections (journaled, sent again by a rerun); the rest never left (NotSent).
        Assert.All(orders.Take(3), o => Assert.Equal(RecordStatus.Failed, o.Status));
        Assert.All(orders.Skip(3), o => Assert.Equal(RecordStatus.NotSent, o.Status));
        Assert.All(orders, o => Assert.Equal(SmartGiftErrorKind.Network, o.Error!.Kind));
        Assert.All(orders.Skip(3), o => Assert.StartsWith("not sent: service unreachable", o.Detail));
        Assert.Contains(run.Progress, p => p.Status.Contains("unreachable"));
        var lines = File.ReadAllLines(journal);
        Assert.Equal(3, lines.Count(l => l.Contains("\"event\":\"sending\"")));
        Assert.Equal(3, lines.Count(l => l.Contains("\"event\":\"failed\"") && l.Contains("\"permanent\":false")));
    }

    [Fact]
    public async Task Cancelling_stops_queueing_while_requests_in_flight_finish_and_are_journaled()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session();
        await server.Control.AddFaultAsync(MockFault.Latency("POST", "/pos-sale", 300));
        var journal = server.PathFor("cancel.jsonl");
        using var cancel = new CancellationTokenSource();
        var results = new List<OrderResult>();
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { JournalPath = journal, MaxConcurrency = 2 }))
        {
            foreach (var row in SaleRows.Orders(5)) results.AddRange(import.Add(row, cancel.Token).OfType<OrderResult>());
            cancel.Cancel();
            Assert.Throws<OperationCanceledException>(() => import.Add(SaleRows.Sendable("late", 6), cancel.Token));
            results.AddRange(import.Complete(cancel.Token).OfType<OrderResult>());
        }

        Assert.Equal(new[] { "ord-1", "ord-2", "ord-3", "ord-4", "ord-5" }, results.Select(r => r.OrderId));
        // The two started ones either left (and finished, journaled) or were still waiting for the
        // governor, which the stop ends: then they were never sent (DESIGN 15).
        Assert.All(results.Take(2), r => Assert.Contains(r.Status, new[] { RecordStatus.Confirmed, RecordStatus.NotSent }));
        Assert.All(results.Skip(2), r => Assert.Equal("not sent: cancelled", r.Detail));
        var confirmed = results.Count(r => r.Status == RecordStatus.Confirmed);
        Assert.Equal(confirmed, (await server.Control.GetOrdersAsync()).Count);
        var lines = File.ReadAllLines(journal);
        Assert.Equal(confirmed, lines.Count(l => l.Contains("\"event\":\"confirmed\"")));
        Assert.Equal(confirmed, lines.Count(l => l.Contains("\"event\":\"sending\"")));
    }
}
