using System.IO;
using System.Linq;
using SmartGift.Core.Tests.Sales;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Redemptions;

public class RedemptionCsvReaderTests
{
    private static (RedemptionCsvReader Reader, System.Collections.Generic.List<RedemptionRow> Rows) Read(string text)
    {
        var reader = new RedemptionCsvReader(new StringReader(text));
        return (reader, reader.ReadRows().ToList());
    }

    [Fact]
    public void The_sample_file_plans_against_the_seed_catalogue()
    {
        using var reader = RedemptionCsvReader.Open(RepositoryFiles.Sample("redemptions.csv"));
        Assert.Empty(reader.HeaderProblems);
        var rows = reader.ReadRows().ToList();
        var plans = rows.Select(r => RedemptionPlanner.Plan(r, Catalogue.Seed(), null)).ToList();

        Assert.All(plans, p => Assert.True(p.IsValid, string.Join("; ", p.Problems)));
        Assert.Equal(10.00m, plans[0].Request!.Amount);
        Assert.Equal("DEMO000006", plans[2].Request!.VoucherNumber);
        Assert.Equal(5, plans[2].Request!.ExperienceBits);
        Assert.Equal(8, plans[3].Request!.ExperienceBits);
        Assert.Contains(rows, r => r.VoucherNumber == "DEMO000004");
        Assert.Equal(new long?[] { 2, 3, 4, 5, 6 }, rows.Select(r => r.LineNumber));
    }

    [Fact]
    public void Experiences_are_split_on_semicolons_and_trimmed()
    {
        var (_, rows) = Read("voucher_no,experiences\nDEMO000006, Spa Access ; Massage ;\n");
        Assert.Equal(new[] { "Spa Access", "Massage" }, rows.Single().ExperienceNames);
    }

    [Fact]
    public void Every_column_is_read()
    {
        var (reader, rows) = Read("Reference,Voucher_No,Site_Id,Value,Experiences,Hold_Token,Catalogue_Voucher_Id\r\nR1,DEMO000001,2,5.00,,hold_token_x,280\r\n");
        Assert.Empty(reader.HeaderProblems);
        var r = rows.Single();
        Assert.Equal(("R1", "DEMO000001", "2", "5.00", "hold_token_x", "280"), (r.Reference, r.VoucherNumber, r.SiteId, r.Value, r.HoldToken, r.CatalogueVoucherId));
    }

    [Fact]
    public void A_missing_voucher_no_column_is_a_problem_on_every_row()
    {
        var (reader, rows) = Read("reference,value\nR1,5.00\nR2,6.00\n");
        Assert.Contains(reader.HeaderProblems, h => h.Contains("'voucher_no' is missing"));
        Assert.All(rows, r =>
        {
            var p = Assert.Single(RedemptionPlanner.Plan(r, null, "1").Problems);
            Assert.Equal("voucher_no", p.Field);
            Assert.Equal(r.Location, p.Location);
        });
    }

    [Fact]
    public void A_header_without_value_or_experiences_is_a_problem_on_every_row()
    {
        var (reader, rows) = Read("voucher_no,site_id\nDEMO000001,1\n");
        Assert.Contains(reader.HeaderProblems, h => h.Contains("neither a 'value' nor an 'experiences' column"));
        Assert.Equal("value", Assert.Single(RedemptionPlanner.Plan(rows.Single(), null, null).Problems).Field);
    }

    [Fact]
    public void Unknown_columns_are_reported_once()
    {
        var (reader, _) = Read("voucher_no,value,colour\nA,1,red\nB,2,blue\n");
        Assert.Equal(new[] { "unknown column 'colour' ignored" }, reader.HeaderProblems);
    }

    [Fact]
    public void An_empty_file_and_a_header_only_file_say_so()
    {
        Assert.Contains("empty", Read("").Reader.HeaderProblems.Single());
        Assert.Equal("the file has a header but no rows", Read("voucher_no,value\n").Reader.HeaderProblems.Single());
    }

    [Fact]
    public void A_bad_row_does_not_stop_the_others()
    {
        var (_, rows) = Read("voucher_no,site_id,value\nDEMO000001,1,10.00\nDEMO000002,1,1.234\nDEMO000003,1,\"5.00\nDEMO000004,1,2.00\n");
        var plans = rows.Select(r => RedemptionPlanner.Plan(r, null, null)).ToList();
        Assert.True(plans[0].IsValid);
        Assert.Equal(("line 3", "value"), (plans[1].Problems.Single().Location, plans[1].Problems.Single().Field));
        Assert.Contains(plans[2].Problems, p => p.Field == "record" && p.Location == "line 4" && p.Message.Contains("unclosed quote"));
    }

    [Fact]
    public void A_long_experiences_field_is_refused_for_its_row()
    {
        var names = string.Join(";", Enumerable.Repeat("Spa Access", 200));
        var (_, rows) = Read("voucher_no,experiences\nDEMO000006," + names + "\nDEMO000007,Lunch\n");
        Assert.Equal("experiences", Assert.Single(RedemptionPlanner.Plan(rows[0], Catalogue.Seed(), "1").Problems).Field);
        Assert.True(RedemptionPlanner.Plan(rows[1], Catalogue.Seed(), "1").IsValid);
    }
}
