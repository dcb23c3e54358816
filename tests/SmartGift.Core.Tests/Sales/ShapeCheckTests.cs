using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace SmartGift.Core.Tests.Sales;

/// <summary>
/// MoneyText.HasShape and EmailAddress.HasShape are hand-written (they run for every order of a
/// bulk file); the regular expressions they replace are the specification. Both must give the
/// same answer on every string: the tricky ones by hand, and many generated from the characters
/// that matter (digits, '.', '-', '@', letters, white space of several kinds).
/// </summary>
public class ShapeCheckTests
{
    private static readonly Regex Money = new Regex(@"^-?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant);
    private static readonly Regex Email = new Regex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant);

    public static TheoryData<string> Tricky => new TheoryData<string>
    {
        "", "-", ".", "-.", "1", "-1", "1.", ".5", "1.5", "-1.50", "1..5", "1.5.", "1.5.5", "--1", "1-", "١٢", "1e5", "+1", "1,5", " 1", "1 ",
        "a@b.c", "@b.c", "a@.c", "a@b.", "a@bc", "a@@b.c", "a@b@c.d", "a b@c.d", "a@b.c d", "a@b..c", "a\u00a0@b.c", "a@b.c\u2028", "a@b.c\n", "ab@cd.ef.gh", "a@b.c.",
    };

    [Theory]
    [MemberData(nameof(Tricky))]
    public void The_hand_written_checks_agree_with_their_regular_expressions(string text)
    {
        Assert.Equal(Money.IsMatch(text), MoneyText.HasShape(text));
        Assert.Equal(Email.IsMatch(text.Trim()), EmailAddress.HasShape(text.Trim()));
    }

    [Fact]
    public void They_agree_on_a_hundred_thousand_generated_strings()
    {
        const string alphabet = "0123456789.-@ab \t\n\u00a0\u2003";
        var random = new Random(20261129);
        var disagreements = new List<string>();
        var moneyMatches = 0;
        var emailMatches = 0;
        for (var n = 0; n < 100_000; n++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 9);
            for (var i = 0; i < length; i++) text.Append(alphabet[random.Next(alphabet.Length)]);
            var s = text.ToString().Trim();
            if (Money.IsMatch(s) != MoneyText.HasShape(s)) disagreements.Add("money '" + s + "'");
            if (Email.IsMatch(s) != EmailAddress.HasShape(s)) disagreements.Add("email '" + s + "'");
            if (Money.IsMatch(s)) moneyMatches++;
            if (Email.IsMatch(s)) emailMatches++;
        }
        Assert.Empty(disagreements);
        // The corpus reaches both answers of both checks, or agreeing would prove little.
        Assert.InRange(moneyMatches, 100, 99_900);
        Assert.InRange(emailMatches, 100, 99_900);
    }
}
