using System;
using System.Linq;

namespace SmartGift.Core.Tests.Redemptions;

public class ExperienceResolverTests
{
    [Fact]
    public void Names_resolve_case_insensitively_to_the_catalogue_experiences()
    {
        var found = ExperienceResolver.Resolve(Catalogue.Seed(), new[] { "spa access", " MASSAGE " });

        Assert.Equal(new[] { "Spa Access", "Massage" }, found.Select(e => e.Name));
        Assert.Equal(5, ExperienceResolver.BitSum(found));
    }

    [Fact]
    public void The_documented_example_2_and_8_makes_10()
    {
        var found = ExperienceResolver.Resolve(Catalogue.Seed(), new[] { "Lunch", "Afternoon Tea" });
        Assert.Equal(10, ExperienceResolver.BitSum(found));
    }

    [Fact]
    public void An_unknown_name_lists_the_known_names()
    {
        var e = Assert.Throws<ArgumentException>(() => ExperienceResolver.Resolve(Catalogue.Seed(), new[] { "Spa Access", "Sauna" }));
        Assert.Contains("Unknown experience 'Sauna'", e.Message);
        Assert.Contains("known experiences: Spa Access, Lunch, Massage, Afternoon Tea", e.Message);
    }

    [Fact]
    public void A_repeated_name_is_refused_whatever_its_case()
    {
        var e = Assert.Throws<ArgumentException>(() => ExperienceResolver.Resolve(Catalogue.Seed(), new[] { "Massage", "massage" }));
        Assert.Contains("'Massage' is named more than once", e.Message);
    }

    [Fact]
    public void A_name_with_different_bits_in_two_vouchers_is_ambiguous_until_the_voucher_is_given()
    {
        var catalogue = Catalogue.Seed();
        catalogue.Add(Catalogue.Experience("281", "Golf and Lunch", ("Golf", 1), ("Lunch", 4)));

        var e = Assert.Throws<ArgumentException>(() => ExperienceResolver.Resolve(catalogue, new[] { "Lunch" }));
        Assert.Contains("'Lunch' is ambiguous", e.Message);
        Assert.Contains("give the catalogue voucher", e.Message);

        Assert.Equal(4, ExperienceResolver.BitSum(ExperienceResolver.Resolve(catalogue, new[] { "Lunch" }, "281")));
        Assert.Equal(2, ExperienceResolver.BitSum(ExperienceResolver.Resolve(catalogue, new[] { "Lunch" }, "280")));
    }

    [Fact]
    public void Another_name_never_settles_an_ambiguous_one_by_elimination()
    {
        // Issue 19, finding 2: Lunch and Dinner on a Spa Day voucher chose Dinner Day (the only
        // voucher with both) and sent 3; the API cannot say which catalogue voucher it is.
        var catalogue = Catalogue.Seed();
        catalogue.Add(Catalogue.Experience("281", "Dinner Day", ("Lunch", 1), ("Dinner", 2)));

        var e = Assert.Throws<ArgumentException>(() => ExperienceResolver.Resolve(catalogue, new[] { "Lunch", "Dinner" }));
        Assert.Contains("Experience 'Lunch' is ambiguous: it is bit_value 2 in catalogue voucher 280 'Spa Day for Two', bit_value 1 in catalogue voucher 281 'Dinner Day'", e.Message);
        Assert.Contains("give the catalogue voucher", e.Message);

        Assert.Equal(3, ExperienceResolver.BitSum(ExperienceResolver.Resolve(catalogue, new[] { "Lunch", "Dinner" }, "281")));
        Assert.Contains("Unknown experience 'Dinner' in catalogue voucher 280", Assert.Throws<ArgumentException>(() => ExperienceResolver.Resolve(catalogue, new[] { "Lunch", "Dinner" }, "280")).Message);
    }

    [Fact]
    public void The_same_name_with_the_same_bit_in_two_vouchers_is_not_ambiguous()
    {
        var catalogue = Catalogue.Seed();
        catalogue.Add(Catalogue.Experience("282", "Spa Day for One", ("Spa Access", 1)));
        Assert.Equal(1, ExperienceResolver.BitSum(ExperienceResolver.Resolve(catalogue, new[] { "Spa Access" })));
    }

    [Fact]
    public void Names_from_different_vouchers_are_refused()
    {
        var catalogue = Catalogue.Seed();
        catalogue.Add(Catalogue.Experience("281", "Golf Day", ("Golf", 1)));
        var e = Assert.Throws<ArgumentException>(() => ExperienceResolver.Resolve(catalogue, new[] { "Golf", "Massage" }));
        Assert.Contains("do not all belong to one catalogue voucher", e.Message);
    }

    [Fact]
    public void A_voucher_id_that_is_not_an_experience_voucher_is_refused()
    {
        Assert.Contains("has no experiences", Assert.Throws<ArgumentException>(() => ExperienceResolver.Resolve(Catalogue.Seed(), new[] { "Lunch" }, "270")).Message);
        Assert.Contains("is not in the catalogue", Assert.Throws<ArgumentException>(() => ExperienceResolver.Resolve(Catalogue.Seed(), new[] { "Lunch" }, "999")).Message);
    }

    [Fact]
    public void No_names_or_an_empty_name_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ExperienceResolver.Resolve(Catalogue.Seed(), Array.Empty<string>()));
        Assert.Throws<ArgumentException>(() => ExperienceResolver.Resolve(Catalogue.Seed(), new[] { "Lunch", " " }));
    }

    [Fact]
    public void A_long_unknown_name_is_cut_in_the_message()
    {
        var e = Assert.Throws<ArgumentException>(() => ExperienceResolver.Resolve(Catalogue.Seed(), new[] { new string('z', 5000) }));
        Assert.True(e.Message.Length < 400, e.Message);
    }

    [Fact]
    public void BitSum_refuses_a_repeated_bit()
    {
        var a = new Experience { Name = "Lunch", BitValue = 2 };
        var b = new Experience { Name = "Brunch", BitValue = 2 };
        var e = Assert.Throws<ArgumentException>(() => ExperienceResolver.BitSum(new[] { a, b }));
        Assert.Contains("'Lunch' and 'Brunch' both have bit_value 2", e.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-4)]
    [InlineData(12)]
    public void BitSum_refuses_a_bit_that_is_not_a_power_of_two(long bit)
    {
        var e = Assert.Throws<ArgumentException>(() => ExperienceResolver.BitSum(new[] { new Experience { Name = "Odd", BitValue = bit } }));
        Assert.Contains("not a power of two", e.Message);
    }

    [Fact]
    public void BitSum_of_nothing_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ExperienceResolver.BitSum(Array.Empty<Experience>()));
    }

    [Fact]
    public void BitSum_adds_large_distinct_bits()
    {
        Assert.Equal((1L << 40) + 1, ExperienceResolver.BitSum(new[] { new Experience { Name = "a", BitValue = 1L << 40 }, new Experience { Name = "b", BitValue = 1 } }));
    }
}
