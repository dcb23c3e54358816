using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SmartGift.Core.Tests.Bulk;
using SmartGift.Core.Tests.Journal;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Reconciliation;

public sealed class SaleReconciliationTests : IDisposable
{
    private readonly JournalFiles _files = new JournalFiles();

    public void Dispose() => _files.Dispose();

    private static string H(SaleRow row) => RecordKey.SaleHash(CartBuilder.Build(new[] { row }).Sale!);

    private static string Line(string evt, string key, string hash, string extra = "") =>
        "{\"at\":\"2026-11-21T10:00:00.000Z\",\"event\":\"" + evt + "\",\"key\":\"" + key + "\",\"hash\":\"" + hash + "\"" + extra + "}";

    private static List<ReconciliationRow> Run(SaleReconciliation reconciliation, IEnumerable<SaleRow> rows)
    {
        var result = new List<ReconciliationRow>();
        foreach (var row in rows) result.AddRange(reconciliation.Add(row));
        result.AddRange(reconciliation.Complete());
        return result;
    }

    [Fact]
    public void Each_source_order_gets_its_journal_status_and_the_journal_only_orders_are_listed()
    {
        var rows = new[] { "c", "f", "u", "n" }.Select((id, i) => SaleRows.Sendable(id, i + 1)).ToList();
        rows.Add(SaleRows.BadPrice("bad", 9));
        var path = _files.Write("j.jsonl",
            Line("sending", "c", H(rows[0])), Line("confirmed", "c", H(rows[0]), ",\"order_id\":\"SGc\""),
            Line("sending", "f", H(rows[1])), Line("failed", "f", H(rows[1]), ",\"error\":\"VoucherInvalid\",\"message\":\"Sorry, that voucher number is invalid.\",\"permanent\":true"),
            Line("sending", "u", H(rows[2])),
            Line("sending", "gone", "x"), Line("confirmed", "gone", "x", ",\"order_id\":\"SGgone\""));

        var reconciliation = new SaleReconciliation(path);
        var result = Run(reconciliation, rows).ToDictionary(r => r.OrderId);

        Assert.Equal(ReconciliationStatus.Confirmed, result["c"].Status);
        Assert.Equal("SGc", result["c"].SmartGiftOrderId);
        Assert.Equal(150.50m, result["c"].LocalTotal);
        Assert.Equal(ReconciliationStatus.Failed, result["f"].Status);
        Assert.Contains("Sorry, that voucher number is invalid.", result["f"].Detail);
        Assert.Equal(ReconciliationStatus.Unknown, result["u"].Status);
        Assert.Contains("journal settle", result["u"].Detail);
        Assert.Equal(ReconciliationStatus.NotSent, result["n"].Status);
        // Refused before sending is Failed, as the import says (issue 18, finding 4).
        Assert.Equal(ReconciliationStatus.Failed, result["bad"].Status);
        Assert.Contains("refused before sending", result["bad"].Detail);
        Assert.Contains("price", result["bad"].Detail);
        Assert.Equal(ReconciliationStatus.NotInSource, result["gone"].Status);
        Assert.Equal("SGgone", result["gone"].SmartGiftOrderId);

        var s = reconciliation.Summary;
        Assert.Equal((1, 2, 1, 1, 1), (s.Confirmed, s.Failed, s.Unknown, s.NotSent, s.NotInSource));
        Assert.True(s.NeedsAttention);
    }

    [Fact]
    public void Without_a_journal_everything_is_not_sent()
    {
        var reconciliation = new SaleReconciliation(_files.PathFor("absent.jsonl"));
        var result = Run(reconciliation, SaleRows.Orders(3));
        Assert.All(result, r => Assert.Equal(ReconciliationStatus.NotSent, r.Status));
        Assert.Equal(3, reconciliation.Summary.NotSent);
        Assert.False(File.Exists(_files.PathFor("absent.jsonl")));
    }

    [Fact]
    public void All_confirmed_needs_no_attention()
    {
        var rows = SaleRows.Orders(2);
        var path = _files.Write("ok.jsonl",
            Line("confirmed", "ord-1", H(rows[0]), ",\"order_id\":\"A\""),
            Line("confirmed", "ord-2", H(rows[1]), ",\"order_id\":\"B\""));
        var reconciliation = new SaleReconciliation(path);
        Run(reconciliation, rows);
        Assert.False(reconciliation.Summary.NeedsAttention);
        Assert.Equal(2, reconciliation.Summary.Confirmed);
    }

    [Fact]
    public void With_a_catalogue_inactive_or_unknown_vouchers_and_unknown_payment_methods_are_flagged()
    {
        var catalogue = new[]
        {
            new Voucher { Id = "270", Name = "£150 Gift Voucher", Status = VoucherStatus.Active, StatusText = "active" },
            new Voucher { Id = "290", Name = "Hidden Voucher", Status = VoucherStatus.Hidden, StatusText = "hidden" },
        };
        var methods = new[] { new PaymentMethod { Id = "11", Name = "Card" } };
        var rows = new[]
        {
            SaleRows.Sendable("ok", 1),
            SaleRows.Sendable("hidden", 2, voucherId: "290"),
            SaleRows.Sendable("missing", 3, voucherId: "999"),
            SaleRows.Sendable("cash", 4, paymentMethod: "99"),
        };
        var reconciliation = new SaleReconciliation(_files.PathFor("none.jsonl"), catalogue, methods);
        var result = Run(reconciliation, rows).ToDictionary(r => r.OrderId);

        Assert.DoesNotContain("voucher", result["ok"].Detail);
        Assert.Contains("voucher 290 (Hidden Voucher) is not active: hidden", result["hidden"].Detail);
        Assert.Contains("voucher 999 is not in the catalogue", result["missing"].Detail);
        Assert.Contains("payment method 99 is unknown", result["cash"].Detail);
        Assert.Equal(3, reconciliation.Summary.CatalogueWarnings);
    }

    [Fact]
    public void A_redemption_journal_is_refused()
    {
        var path = _files.PathFor("r.jsonl");
        File.WriteAllText(path, "{\"format\":\"smartgift-journal\",\"version\":1,\"kind\":\"redemption\",\"created\":\"2026-11-21T10:00:00Z\"}\n");
        Assert.Throws<JournalException>(() => new SaleReconciliation(path));
    }
}
