using System.Linq;
using System.Threading.Tasks;

namespace SmartGift.Core.Tests.Bulk;

public sealed class RedemptionImportTests
{
    private static RedemptionRow Row(long n, string voucher, string? value = null, string? reference = null, params string[] experiences) => new RedemptionRow
    {
        RowNumber = n,
        LineNumber = n + 1,
        Reference = reference,
        VoucherNumber = voucher,
        Value = value,
        ExperienceNames = experiences,
    };

    [Fact]
    public async Task Redeems_money_and_experiences_refuses_bad_rows_locally_and_a_rerun_sends_nothing()
    {
        await using var server = await ImportServer.StartAsync();
        using var session = server.Session();
        var rows = new[]
        {
            Row(1, "DEMO000001", "10.00", "r-1"),
            Row(2, "DEMO000006", null, "r-2", "Spa Access", "Massage"),
            Row(3, "DEMO000001"),                       // neither value nor experiences
            Row(4, "DEMO000003", "5.00", "r-4"),        // fully redeemed: refused by the server
            Row(5, "DEMO000002", "1.00"),               // no reference: keyed by content, #1
            Row(6, "DEMO000002", "1.00"),               // identical: a second redemption, #2
        };
        var journal = server.PathFor("redeem.jsonl");

        ImportDriver first;
        using (var import = new RedemptionImport(session, new ImportOptions<RedeemRequest> { JournalPath = journal, MaxConcurrency = 3 }))
            first = ImportDriver.Run(import, rows);

        var r = first.Redemptions.ToList();
        Assert.Equal(6, r.Count);
        Assert.Equal(RecordStatus.Confirmed, r[0].Status);
        Assert.NotEmpty(r[0].RedemptionIds);
        Assert.Equal(RecordStatus.Confirmed, r[1].Status);
        Assert.Equal(5, r[1].ExperienceBits);
        Assert.Equal(RecordStatus.Failed, r[2].Status);
        Assert.Equal(SmartGiftErrorKind.Validation, r[2].Error!.Kind);
        Assert.Contains("line 4", r[2].Error!.Message);
        Assert.Equal(RecordStatus.Failed, r[3].Status);
        Assert.Equal(SmartGiftErrorKind.VoucherFullyRedeemed, r[3].Error!.Kind);
        Assert.Equal(RecordStatus.Confirmed, r[4].Status);
        Assert.Equal(RecordStatus.Confirmed, r[5].Status);
        Assert.NotEqual(r[4].Reference, r[5].Reference);
        var redemptionsAfterFirst = (await server.Control.GetRedemptionsAsync()).Count;

        ImportDriver second;
        using (var import = new RedemptionImport(session, new ImportOptions<RedeemRequest> { JournalPath = journal }))
            second = ImportDriver.Run(import, rows);
        Assert.Equal(new[] { RecordStatus.Skipped, RecordStatus.Skipped, RecordStatus.Failed, RecordStatus.Failed, RecordStatus.Skipped, RecordStatus.Skipped },
            second.Redemptions.Select(x => x.Status));
        Assert.StartsWith("confirmed as redemption", second.Redemptions.First().Detail);
        Assert.Equal(redemptionsAfterFirst, (await server.Control.GetRedemptionsAsync()).Count);
    }
}
