using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Client;

/// <summary>Every error kind the server can cause, over real HTTP (documents 003, 004; DESIGN 3).</summary>
public class ErrorKindTests : MockApiTest
{
    public ErrorKindTests(FrozenMockFixture fixture) : base(fixture) { }

    private static RedeemRequest Redeem(string voucher, string site = MockSeed.DemoSite, decimal amount = 1m) =>
        new RedeemRequest { VoucherNumber = voucher, SiteId = site, Amount = amount };

    [Theory]
    [InlineData("NOPE000000", MockSeed.DemoSite, SmartGiftErrorKind.VoucherInvalid, "Sorry, that voucher number is invalid.")]
    [InlineData(MockSeed.Monetary100, "99", SmartGiftErrorKind.SiteInvalid, "This site number is invalid")]
    [InlineData(MockSeed.SisterVoucherNo, MockSeed.DemoSite, SmartGiftErrorKind.VoucherNotOwned, "This voucher does not belong to your company")]
    [InlineData(MockSeed.Expired, MockSeed.DemoSite, SmartGiftErrorKind.VoucherExpired, "The voucher number provided has expired.")]
    [InlineData(MockSeed.FullyRedeemed, MockSeed.DemoSite, SmartGiftErrorKind.VoucherFullyRedeemed, "Sorry this voucher has already been redeemed.")]
    public async Task Documented_redeem_refusals_map_to_their_kinds(string voucher, string site, SmartGiftErrorKind kind, string message)
    {
        var client = NewClient();
        var e = await FailsWith(kind, () => client.RedeemAsync(Redeem(voucher, site)));

        Assert.StartsWith(message, e.Error.Message);
        Assert.Equal(422, e.Error.StatusCode);
        Assert.Equal("POST", e.Error.RequestMethod);
        Assert.Equal("/redeem", e.Error.RequestPath);
        Assert.True(e.Error.IsPermanent);
        Assert.Empty(await Control.GetRedemptionsAsync());
    }

    [Fact]
    public async Task A_second_hold_is_VoucherAlreadyHeld()
    {
        var client = NewClient();
        var hold = await client.HoldAsync(MockSeed.Monetary100);

        var e = await FailsWith(SmartGiftErrorKind.VoucherAlreadyHeld, () => client.HoldAsync(MockSeed.Monetary100));
        Assert.Equal("/redeem/hold", e.Error.RequestPath);
        Assert.StartsWith("hold_token_", hold.HoldToken);
    }

    [Fact]
    public async Task Hold_expires_five_minutes_after_the_servers_Date()
    {
        var client = NewClient();
        var now = await Control.GetNowAsync();
        var hold = await client.HoldAsync(MockSeed.Monetary100);

        var held = (await Control.GetIssuedVouchersAsync()).Single(v => v.VoucherNo == MockSeed.Monetary100).Hold!;
        Assert.Equal(held.HoldToken, hold.HoldToken);
        Assert.Equal(MockSeed.Monetary100, hold.VoucherNumber);
        // Date has one-second resolution, so the client's expiry is the server's, floored to the second.
        Assert.InRange(hold.ExpiresAt, now.AddMinutes(5).AddSeconds(-1), now.AddMinutes(5));
        Assert.InRange(held.ExpiresAt - hold.ExpiresAt, System.TimeSpan.Zero, System.TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Another_422_is_Validation_with_the_dotted_field_names_as_sent()
    {
        var client = NewClient();
        var sale = ExampleSale();
        // Both are catalogue facts only the server knows (a bad e-mail is now refused before sending, by the one SaleValidator).
        sale.Cart.Payments[0].PaymentMethodId = "999999";
        sale.Cart.Items[0].Id = "999999";

        var e = await FailsWith(SmartGiftErrorKind.Validation, () => client.SellAsync(sale));

        Assert.Equal(422, e.Error.StatusCode);
        Assert.Contains("cart.payments.0.payment_method_id", e.Error.FieldErrors.Keys);
        Assert.Contains("cart.items.0.id", e.Error.FieldErrors.Keys);
        Assert.Empty(await Control.GetOrdersAsync());
    }

    [Fact]
    public async Task Totals_that_do_not_add_up_are_refused_before_anything_is_sent()
    {
        var client = NewClient();
        var sale = ExampleSale();
        sale.Cart.Totals = new CartTotals { Total = 150.50m, Subtotal = 150.00m };

        var e = await FailsWith(SmartGiftErrorKind.Validation, () => client.SellAsync(sale));

        Assert.Contains("cart.totals.subtotal", e.Error.FieldErrors.Keys);
        Assert.Null(e.Error.StatusCode);
        Assert.Empty(await Control.GetRequestsAsync());
    }

    [Fact]
    public async Task The_client_refuses_with_the_same_words_as_an_import_one_SaleValidator()
    {
        var client = NewClient();
        var sale = ExampleSale();
        sale.Cart.Totals = new CartTotals { Total = 150.50m, Subtotal = 150.00m };

        var e = await FailsWith(SmartGiftErrorKind.Validation, () => client.SellAsync(sale));

        var expected = SmartGift.SaleValidator.Validate(sale, "").Single(p => p.Field == "cart.totals.subtotal").Message;
        Assert.Equal(new[] { expected }, e.Error.FieldErrors["cart.totals.subtotal"]);
    }

    [Fact]
    public async Task Missing_totals_are_filled_in_and_the_sale_goes_through()
    {
        var client = NewClient();
        var sale = ExampleSale("fill-1");

        var answer = await client.SellAsync(sale);

        Assert.Equal(150.50m, sale.Cart.Totals!.Subtotal);
        Assert.Equal(150.50m, sale.Cart.Totals.Total);
        var order = Assert.Single(await Control.GetOrdersAsync());
        Assert.Equal(answer.OrderId, order.OrderId);
        Assert.Equal("fill-1", order.RequestedOrderId);
    }

    [Fact]
    public async Task An_unknown_key_is_Unauthenticated_and_shown_masked()
    {
        var client = NewClient("sk_test_nobody_1234");
        var e = await FailsWith(SmartGiftErrorKind.Unauthenticated, () => client.GetVouchersAsync());

        Assert.Equal(401, e.Error.StatusCode);
        Assert.Contains("sk_...1234", e.Error.Message);
        Assert.True(e.Error.IsPermanent);
        Assert.Single(await Control.GetRequestsAsync());
    }

    [Fact]
    public async Task A_wrong_sale_path_is_a_refusal_naming_the_status()
    {
        var client = NewClient(configure: o => o.SalePath = "/no-such-sale");
        var e = await FailsWith(SmartGiftErrorKind.Validation, () => client.SellAsync(ExampleSale()));

        Assert.Equal(404, e.Error.StatusCode);
        Assert.Contains("404", e.Error.Message);
    }

    [Fact]
    public async Task The_catalogue_and_payment_methods_read_over_http()
    {
        var client = NewClient();
        var vouchers = await client.GetVouchersAsync();
        var methods = await client.GetPaymentMethodsAsync();

        Assert.Empty(vouchers.Problems);
        var spa = vouchers.Items.Single(v => v.Id == MockSeed.SpaDay);
        Assert.Equal(VoucherType.Experience, spa.Type);
        Assert.Equal(new long[] { 1, 2, 4, 8 }, spa.Experiences.Select(x => x.BitValue));
        Assert.Equal(150.00m, vouchers.Items.Single(v => v.Id == MockSeed.Voucher150).Price);
        Assert.Contains(methods.Items, m => m.Id == MockSeed.PaymentCard && m.Name == "Card");
    }

    [Fact]
    public async Task Redeem_and_sale_answers_are_read()
    {
        var client = NewClient();
        var sold = await client.SellAsync(ExampleSale("read-1"));
        var redeemed = await client.RedeemAsync(Redeem(MockSeed.Monetary100, amount: 10m));
        var bits = await client.RedeemAsync(new RedeemRequest { VoucherNumber = MockSeed.ExperienceUnused, SiteId = MockSeed.DemoSite, ExperienceBits = 1 | 8 });

        Assert.False(string.IsNullOrEmpty(sold.OrderId));
        Assert.Equal("The voucher has been redeemed.", redeemed.Message);
        Assert.Single(redeemed.RedemptionIds);
        Assert.Equal(2, bits.RedemptionIds.Count);
        var stored = await Control.GetRedemptionsAsync();
        Assert.Equal(3, stored.Count);
        Assert.Equal(10.00m, stored.Single(r => r.VoucherNo == MockSeed.Monetary100).Amount);
    }
}
