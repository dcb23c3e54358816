using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Xunit;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Bulk;

/// <summary>
/// Issue 18, finding 8: the ledger becomes unwritable in the middle of a run (here another
/// connection holds it locked, as a full disk or a read-only file would refuse the write).
/// Sending stops; every record of the input is still reported, the rest NotSent; the error
/// names the record it stopped at; nothing reported Confirmed lacks its outcome in the ledger.
/// </summary>
[Collection(LedgerTimeoutGroup.Name)]
public sealed class LedgerFaultTests
{
    [Fact]
    public async Task An_unwritable_ledger_stops_sending_and_every_record_is_still_reported()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session();
        var ledgerPath = server.PathFor("company.ledger.db");
        session.Client.Options.LedgerPath = ledgerPath;
        var busy = CompanyLedger.BusySeconds;
        CompanyLedger.BusySeconds = 1;
        var results = new List<OrderResult>();
        JournalException? thrown = null;
        SqliteConnection? blocker = null;
        try
        {
            using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { MaxConcurrency = 1, CheckCatalogue = false }))
            {
                try
                {
                    foreach (var row in SaleRows.Orders(30))
                    {
                        results.AddRange(import.Add(row).OfType<OrderResult>());
                        if (blocker == null && results.Count >= 10)
                        {
                            blocker = new SqliteConnection("Data Source=" + ledgerPath + ";Pooling=False");
                            blocker.Open();
                            using var exclusive = blocker.CreateCommand();
                            exclusive.CommandText = "BEGIN EXCLUSIVE";
                            exclusive.ExecuteNonQuery();
                        }
                    }
                    results.AddRange(import.Complete().OfType<OrderResult>());
                }
                catch (JournalException e)
                {
                    thrown = e;
                }
            }
        }
        finally
        {
            blocker?.Dispose();
            CompanyLedger.BusySeconds = busy;
        }

        Assert.NotNull(thrown);
        Assert.Equal(30, results.Count);
        var confirmed = results.Where(r => r.Status == RecordStatus.Confirmed).ToList();
        Assert.InRange(confirmed.Count, 10, 12);
        // The request in flight when the ledger locked (at most one) reached Smart Gift, and its
        // outcome could not be recorded: Unknown, never Confirmed without its ledger event.
        var inFlight = results.Where(r => r.Status == RecordStatus.Unknown).ToList();
        Assert.InRange(inFlight.Count, 0, 1);
        Assert.All(inFlight, r => Assert.Contains("Smart Gift confirmed it, but", r.Detail, System.StringComparison.Ordinal));
        var rest = results.Skip(confirmed.Count + inFlight.Count).ToList();
        Assert.All(rest, r => Assert.Equal(RecordStatus.NotSent, r.Status));
        Assert.All(rest, r => Assert.NotNull(r.Error));
        // The stop names the record it stopped at: the one whose outcome could not be recorded
        // when a request was in flight, else the first one the ledger would not let leave.
        var stoppedAt = inFlight.Count == 1 ? inFlight[0].OrderId : rest[0].OrderId;
        Assert.Contains("'" + stoppedAt + "'", thrown!.Message, System.StringComparison.Ordinal);
        Assert.Equal(confirmed.Count + inFlight.Count, (await server.Control.GetOrdersAsync()).Count);
        var recorded = LedgerRecords.List(ledgerPath).Where(r => r.State == "Confirmed").Select(r => r.Key).ToHashSet();
        Assert.All(confirmed, r => Assert.Contains(r.OrderId, recorded));

        // The rerun sends the rest, and nothing twice: the Unknown one waits for a person.
        using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { CheckCatalogue = false }))
        {
            var rerun = new List<OrderResult>();
            foreach (var row in SaleRows.Orders(30)) rerun.AddRange(import.Add(row).OfType<OrderResult>());
            rerun.AddRange(import.Complete().OfType<OrderResult>());
            Assert.Equal(confirmed.Count, rerun.Count(r => r.Status == RecordStatus.Skipped));
            Assert.Equal(inFlight.Count, rerun.Count(r => r.Status == RecordStatus.Unknown));
            Assert.Equal(30 - confirmed.Count - inFlight.Count, rerun.Count(r => r.Status == RecordStatus.Confirmed));
        }
        Assert.Equal(30, (await server.Control.GetOrdersAsync()).Count);
    }
}

/// <summary>Tests that change CompanyLedger.BusySeconds (process-wide) run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LedgerTimeoutGroup
{
    public const string Name = "ledger timeout";
}
