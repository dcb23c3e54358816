using System.Linq;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Sales;

/// <summary>
/// Issue 22 finding 2: NUL, 0x01 and ESC in order ids and messages were Confirmed and stored
/// ('N3\x00', 'a\x00b'); Smart Gift prints these texts on customers' vouchers. A control
/// character (C0, DEL, C1; in a message tab, LF and CR LF are kept) or a lone surrogate is now a problem for its
/// row and column, found before anything is sent.
/// </summary>
public class ControlCharacterTests
{
    [Theory]
    [InlineData("order_id", "N3\u0000", "U+0000 NUL")]
    [InlineData("message", "a\u0000b", "U+0000 NUL")]
    [InlineData("message", "Happy \u001b[31mbirthday", "U+001B escape")]
    [InlineData("first_name", "Mar\u0001ty", "U+0001")]
    [InlineData("first_name", "Mar\tty", "U+0009 tab")]
    [InlineData("to", "Sa\u0085m", "U+0085")]
    [InlineData("message", "line\rover", "U+000D carriage return")]
    [InlineData("address1", "1 High\nStreet", "U+000A line feed")]
    [InlineData("voucher_id", "27\u007f0", "U+007F")]
    public void A_control_character_is_refused_for_its_row_and_column(string column, string value, string named)
    {
        var draft = CartBuilder.Build(new[] { SaleRows.Valid(line: 7).With(column, value) });

        Assert.False(draft.IsValid);
        var problem = Assert.Single(draft.Problems, p => p.Field == column);
        Assert.Equal("line 7", problem.Location);
        Assert.Contains("control character (" + named, problem.Message);
        Assert.Null(draft.Sale);
    }

    [Fact]
    public void A_tab_and_line_breaks_in_a_message_are_allowed()
    {
        var draft = CartBuilder.Build(new[] { SaleRows.Valid().With("message", "Dear Sam,\tenjoy\nLove,\r\nMarty") });

        Assert.True(draft.IsValid, string.Join("; ", draft.Problems));
    }

    [Fact]
    public void A_lone_surrogate_is_refused_and_a_pair_is_kept()
    {
        var lone = CartBuilder.Build(new[] { SaleRows.Valid().With("message", "half " + (char)0xD83D + " a smile") });
        var pair = CartBuilder.Build(new[] { SaleRows.Valid().With("message", "a smile \ud83d\ude00") });

        Assert.Contains(lone.Problems, p => p.Field == "message" && p.Message.Contains("lone UTF-16 surrogate", System.StringComparison.Ordinal));
        Assert.True(pair.IsValid, string.Join("; ", pair.Problems));
    }

    [Fact]
    public void A_whole_cart_is_held_to_the_same_rule()
    {
        var sale = CartBuilder.Build(new[] { SaleRows.Valid() }).Sale!;
        sale.Cart.Items[0].Message = "x\u001b]52;c;ZXZpbA==\u0007";

        var problems = SaleValidator.Validate(sale, "cart");

        Assert.Contains(problems, p => p.Field == "cart.items.0.message" && p.Message.Contains("U+001B", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_redemption_hold_token_with_a_control_character_is_refused()
    {
        var problems = RedeemValidator.Validate(new RedeemRequest { VoucherNumber = "DEMO000001", SiteId = "1", Amount = 5m, HoldToken = "tok\u0000en" }, "line 3");

        Assert.Contains(problems, p => p.Field == "hold_token" && p.Message.Contains("U+0000", System.StringComparison.Ordinal));
    }
}
