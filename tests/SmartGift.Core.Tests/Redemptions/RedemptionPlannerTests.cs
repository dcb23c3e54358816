using System.Linq;

namespace SmartGift.Core.Tests.Redemptions;

public class RedemptionPlannerTests
{
    private static RedemptionRow Row(string? value = "10.00", string? site = "1") => new RedemptionRow
    {
        RowNumber = 1, LineNumber = 2, Reference = "R-1", VoucherNumber = "DEMO000001", SiteId = site, Value = value,
    };

    private static RecordProblem OnlyProblem(RedemptionPlan plan)
    {
        Assert.Null(plan.Request);
        Assert.False(plan.IsValid);
        var p = Assert.Single(plan.Problems);
        Assert.Equal("line 2", p.Location);
        return p;
    }

    [Fact]
    public void A_money_redemption_becomes_the_redeem_body()
    {
        var plan = RedemptionPlanner.Plan(Row(), null, null);

        Assert.Empty(plan.Problems);
        Assert.False(plan.NeedsCatalogue);
        var r = plan.Request!;
        Assert.Equal(("DEMO000001", "1", 10.00m), (r.VoucherNumber, r.SiteId, r.Amount!.Value));
        Assert.Null(r.ExperienceBits);
    }

    [Fact]
    public void The_default_site_is_used_when_the_row_has_none()
    {
        Assert.Equal("2", RedemptionPlanner.Plan(Row(site: " "), null, "2").Request!.SiteId);
        Assert.Equal("1", RedemptionPlanner.Plan(Row(site: "1"), null, "2").Request!.SiteId);
    }

    [Fact]
    public void No_site_at_all_is_a_problem()
    {
        Assert.Equal("site_id", OnlyProblem(RedemptionPlanner.Plan(Row(site: null), null, null)).Field);
    }

    [Fact]
    public void Voucher_no_is_required()
    {
        var row = Row();
        row.VoucherNumber = "";
        var p = OnlyProblem(RedemptionPlanner.Plan(row, null, null));
        Assert.Equal("voucher_no", p.Field);
    }

    [Theory]
    [InlineData("0", "more than 0")]
    [InlineData("-5.00", "negative")]
    [InlineData("10.005", "more than two decimals")]
    [InlineData("ten", "not an amount")]
    [InlineData("10,00", "not an amount")]
    public void A_bad_value_is_a_problem_naming_it(string value, string because)
    {
        var p = OnlyProblem(RedemptionPlanner.Plan(Row(value), null, null));
        Assert.Equal("value", p.Field);
        Assert.Contains("value '" + value + "'", p.Message);
        Assert.Contains(because, p.Message);
    }

    [Fact]
    public void Neither_value_nor_experiences_is_a_problem()
    {
        Assert.Contains("give value", OnlyProblem(RedemptionPlanner.Plan(Row(value: null), null, null)).Message);
    }

    [Fact]
    public void Both_value_and_experiences_is_a_problem()
    {
        var row = Row();
        row.ExperienceNames = new[] { "Lunch" };
        Assert.Contains("not both", OnlyProblem(RedemptionPlanner.Plan(row, Catalogue.Seed(), null)).Message);
    }

    [Fact]
    public void Experience_names_need_the_catalogue_then_resolve_to_bits()
    {
        var row = Row(value: null);
        row.ExperienceNames = new[] { "spa access", "Massage" };

        var first = RedemptionPlanner.Plan(row, null, "1");
        Assert.True(first.NeedsCatalogue);
        Assert.Null(first.Request);
        Assert.Empty(first.Problems);

        var plan = RedemptionPlanner.Plan(row, Catalogue.Seed(), "1");
        Assert.False(plan.NeedsCatalogue);
        Assert.Equal(5, plan.Request!.ExperienceBits);
        Assert.Null(plan.Request.Amount);
        Assert.Equal(new[] { "Spa Access", "Massage" }, plan.ExperienceNames);
    }

    [Fact]
    public void A_single_name_value_holding_semicolons_is_several_names()
    {
        var row = Row(value: null);
        row.ExperienceNames = new[] { "Lunch; Afternoon Tea" };
        Assert.Equal(10, RedemptionPlanner.Plan(row, Catalogue.Seed(), null).Request!.ExperienceBits);
    }

    [Fact]
    public void An_unknown_experience_is_a_problem_on_the_experiences_column()
    {
        var row = Row(value: null);
        row.ExperienceNames = new[] { "Sauna" };
        var p = OnlyProblem(RedemptionPlanner.Plan(row, Catalogue.Seed(), null));
        Assert.Equal("experiences", p.Field);
        Assert.Contains("Unknown experience 'Sauna'", p.Message);
        Assert.DoesNotContain("Parameter", p.Message);
    }

    [Fact]
    public void The_catalogue_voucher_id_settles_an_ambiguous_name()
    {
        var catalogue = Catalogue.Seed();
        catalogue.Add(Catalogue.Experience("281", "Golf and Lunch", ("Golf", 1), ("Lunch", 4)));
        var row = Row(value: null);
        row.ExperienceNames = new[] { "Lunch" };

        Assert.Contains("ambiguous", OnlyProblem(RedemptionPlanner.Plan(row, catalogue, null)).Message);
        row.CatalogueVoucherId = "281";
        Assert.Equal(4, RedemptionPlanner.Plan(row, catalogue, null).Request!.ExperienceBits);
    }

    [Fact]
    public void Experience_objects_are_used_as_given_without_a_catalogue()
    {
        var row = Row(value: null);
        row.Experiences = Catalogue.Seed()[2].Experiences.Where(e => e.BitValue >= 4).ToList();
        var plan = RedemptionPlanner.Plan(row, null, null);

        Assert.False(plan.NeedsCatalogue);
        Assert.Equal(12, plan.Request!.ExperienceBits);
        Assert.Equal(new[] { "Massage", "Afternoon Tea" }, plan.ExperienceNames);
    }

    [Fact]
    public void Experience_objects_with_a_repeated_bit_are_refused()
    {
        var row = Row(value: null);
        var lunch = Catalogue.Seed()[2].Experiences[1];
        row.Experiences = new[] { lunch, lunch };
        Assert.Equal("experiences", OnlyProblem(RedemptionPlanner.Plan(row, null, null)).Field);
    }

    [Fact]
    public void The_hold_token_is_passed_on()
    {
        var row = Row();
        row.HoldToken = " hold_token_abcdefghijklmnopqrstuvwx ";
        Assert.Equal("hold_token_abcdefghijklmnopqrstuvwx", RedemptionPlanner.Plan(row, null, null).Request!.HoldToken);
    }

    [Fact]
    public void Read_problems_refuse_the_row_and_are_not_repeated()
    {
        var row = Row();
        row.VoucherNumber = null;
        row.ReadProblems = new[] { new RecordProblem("line 2", "voucher_no", "voucher_no is 300 characters long; at most 256 are allowed") };
        var p = OnlyProblem(RedemptionPlanner.Plan(row, null, null));
        Assert.Same(row.ReadProblems[0], p);
    }

    [Fact]
    public void Values_are_read_invariantly_under_a_comma_culture()
    {
        Cultures.Under("de-DE", () =>
            Assert.Equal(12.5m, RedemptionPlanner.Plan(Row("12.50"), null, null).Request!.Amount));
    }
}
