using System;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SmartGift.MockServer.Tests.Infrastructure;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests;

/// <summary>
/// The /_mock/ state views byte for byte (field order, null fields, two-decimal money, "O" times,
/// unescaped non-ASCII text), so the way they are written can change without the answers changing.
/// </summary>
public sealed class ControlStateJsonTests : MockServerTest<FrozenClockFixture>
{
    public ControlStateJsonTests(FrozenClockFixture fixture)
        : base(fixture)
    {
    }

    [Fact]
    public async Task The_state_views_are_written_exactly_so()
    {
        var sale = SaleBodies.Example();
        sale.Item()["message"] = "Joyeux anniversaire, café à 5 £ <b>";
        sale.Delivery()["delivery_date"] = "2026-06-10";
        await Demo.SellAsync(sale);
        await Demo.SellAsync(SaleBodies.Of(MockSeed.SpaDay, 180m, "T-2"));
        await Demo.RedeemAsync(MockSeed.Monetary100, MockSeed.DemoSite, 10m);
        await Demo.RedeemAsync(MockSeed.ExperienceUnused, MockSeed.DemoSite, 3m);
        await Demo.HoldAsync(MockSeed.PartlyRedeemed);
        await Control.AddFaultAsync(MockFault.Latency("GET", "/vouchers", 5, count: 2));
        await Control.AddFaultAsync(MockFault.FailBefore("*", "/redeem", 503));

        Assert.Equal(Orders, await RawAsync("_mock/orders"));
        Assert.Equal(Redemptions, await RawAsync("_mock/redemptions"));
        Assert.Equal(Requests, await RawAsync("_mock/requests"));
        Assert.Equal(Faults, await RawAsync("_mock/faults"));
        // Hold tokens are random.
        var vouchers = Regex.Replace(await RawAsync("_mock/vouchers"), "hold_token_[A-Za-z0-9]{24}", "hold_token_X");
        Assert.Equal(Vouchers, vouchers);
    }

    private async Task<string> RawAsync(string path)
    {
        using var client = Fixture.CreateClient(null);
        return (await client.GetAnswerAsync(path)).Text;
    }

    private static readonly string Orders = WrappedText.Flat("""
        {"data":[{"order_id":"123","requested_order_id":"123","company":"Demo Venue",
        "path":"/pos-sale","created_at":"2026-06-01T12:00:00.0000000+00:00",
        "delivery_date":"2026-06-10T00:00:00.0000000+00:00","delivery_date_status":"future",
        "total":150.50,"voucher_numbers":["DEMO000008"],"cart":{"items":[{"id":"270",
        "price":150.00,"total":150,"to":null,"from":null,"message":"Joyeux anniversaire, café à 5 £ <b>"}],
        "totals":{"total":150.5,"subtotal":150.5},"customer":{"first_name":"Marty",
        "last_name":"Gift","email":"marty.gift@smart-gift.co.uk","address1":"Bank Chambers",
        "address2":"High Street","postcode":"NP11 4EY","town":"Newbridge",
        "county":"Newport"},"delivery":{"price":0.50,"delivery_method":12,
        "delivery_email":null,"delivery_date":"2026-06-10","name":"Email Delivery",
        "town":null,"county":null,"address1":null,"address2":null,"postcode":null,
        "last_name":null,"first_name":null,"description":null},"payments":[{"amount":150.5,
        "payment_method_id":11}]}},{"order_id":"T-2","requested_order_id":"T-2",
        "company":"Demo Venue","path":"/pos-sale","created_at":"2026-06-01T12:00:00.0000000+00:00",
        "delivery_date":null,"delivery_date_status":"none","total":180.50,
        "voucher_numbers":["DEMO000009"],"cart":{"items":[{"id":"280",
        "price":180,"total":180,"to":null,"from":null,"message":null}],
        "totals":{"total":180.50,"subtotal":180.50},"customer":{"first_name":"Marty",
        "last_name":"Gift","email":"marty.gift@smart-gift.co.uk","address1":"Bank Chambers",
        "address2":"High Street","postcode":"NP11 4EY","town":"Newbridge",
        "county":"Newport"},"delivery":{"price":0.50,"delivery_method":12,
        "delivery_email":null,"delivery_date":null,"name":"Email Delivery",
        "town":null,"county":null,"address1":null,"address2":null,"postcode":null,
        "last_name":null,"first_name":null,"description":null},"payments":[{"amount":180.50,
        "payment_method_id":11}]}}]}
        """);
    private static readonly string Redemptions = WrappedText.Flat("""
        {"data":[{"id":21,"voucher_no":"DEMO000001","company":"Demo Venue",
        "site_id":"1","type":"monetary","amount":10.00,"experience_id":null,
        "experience_name":null,"bit_value":null,"with_hold_token":false,
        "created_at":"2026-06-01T12:00:00.0000000+00:00"},{"id":22,"voucher_no":"DEMO000006",
        "company":"Demo Venue","site_id":"1","type":"experience","amount":null,
        "experience_id":1,"experience_name":"Spa Access","bit_value":1,
        "with_hold_token":false,"created_at":"2026-06-01T12:00:00.0000000+00:00"},
        {"id":23,"voucher_no":"DEMO000006","company":"Demo Venue","site_id":"1",
        "type":"experience","amount":null,"experience_id":2,"experience_name":"Lunch",
        "bit_value":2,"with_hold_token":false,"created_at":"2026-06-01T12:00:00.0000000+00:00"}]}
        """);
    private static readonly string Requests = WrappedText.Flat("""
        {"data":[{"sequence":1,"method":"POST","path":"/pos-sale","status":200,
        "time":"2026-06-01T12:00:00.0000000+00:00","key":"sk_...demo",
        "fault":null,"aborted":false},{"sequence":2,"method":"POST","path":"/pos-sale",
        "status":200,"time":"2026-06-01T12:00:00.0000000+00:00","key":"sk_...demo",
        "fault":null,"aborted":false},{"sequence":3,"method":"POST","path":"/redeem",
        "status":200,"time":"2026-06-01T12:00:00.0000000+00:00","key":"sk_...demo",
        "fault":null,"aborted":false},{"sequence":4,"method":"POST","path":"/redeem",
        "status":200,"time":"2026-06-01T12:00:00.0000000+00:00","key":"sk_...demo",
        "fault":null,"aborted":false},{"sequence":5,"method":"POST","path":"/redeem/hold",
        "status":200,"time":"2026-06-01T12:00:00.0000000+00:00","key":"sk_...demo",
        "fault":null,"aborted":false}]}
        """);
    private static readonly string Faults = WrappedText.Flat("""
        {"data":[{"id":1,"method":"GET","path":"/vouchers","kind":"latency",
        "status":null,"latency_ms":5,"count":2,"probability":1,"fired":0},
        {"id":2,"method":null,"path":"/redeem","kind":"fail_before","status":503,
        "latency_ms":null,"count":null,"probability":1,"fired":0}]}
        """);
    private static readonly string Vouchers = WrappedText.Flat("""
        {"data":[{"voucher_no":"DEMO000001","company":"Demo Venue","type":"monetary",
        "catalogue_id":null,"order_id":null,"value":100.00,"balance":90.00,
        "experiences":[],"used_bits":0,"fully_redeemed":false,"valid_from":"2026-05-02T12:00:00.0000000+00:00",
        "valid_until":"2027-05-02T12:00:00.0000000+00:00","issued_at":null,
        "hold":null},{"voucher_no":"DEMO000002","company":"Demo Venue",
        "type":"monetary","catalogue_id":null,"order_id":null,"value":100.00,
        "balance":50.00,"experiences":[],"used_bits":0,"fully_redeemed":false,
        "valid_from":"2026-05-02T12:00:00.0000000+00:00","valid_until":"2027-05-02T12:00:00.0000000+00:00",
        "issued_at":null,"hold":{"hold_token":"hold_token_X","created_at":"2026-06-01T12:00:00.0000000+00:00",
        "expires_at":"2026-06-01T12:05:00.0000000+00:00"}},{"voucher_no":"DEMO000003",
        "company":"Demo Venue","type":"monetary","catalogue_id":271,"order_id":null,
        "value":50.00,"balance":0.00,"experiences":[],"used_bits":0,"fully_redeemed":true,
        "valid_from":"2026-05-02T12:00:00.0000000+00:00","valid_until":"2027-05-02T12:00:00.0000000+00:00",
        "issued_at":null,"hold":null},{"voucher_no":"DEMO000004","company":"Demo Venue",
        "type":"monetary","catalogue_id":271,"order_id":null,"value":50.00,
        "balance":50.00,"experiences":[],"used_bits":0,"fully_redeemed":false,
        "valid_from":"2025-05-31T12:00:00.0000000+00:00","valid_until":"2026-05-31T12:00:00.0000000+00:00",
        "issued_at":null,"hold":null},{"voucher_no":"DEMO000005","company":"Demo Venue",
        "type":"monetary","catalogue_id":271,"order_id":null,"value":50.00,
        "balance":50.00,"experiences":[],"used_bits":0,"fully_redeemed":false,
        "valid_from":"2027-06-01T12:00:00.0000000+00:00","valid_until":"2028-05-31T12:00:00.0000000+00:00",
        "issued_at":null,"hold":null},{"voucher_no":"DEMO000006","company":"Demo Venue",
        "type":"experience","catalogue_id":280,"order_id":null,"value":180.00,
        "balance":null,"experiences":[{"id":1,"name":"Spa Access","bit_value":1,
        "used":true},{"id":2,"name":"Lunch","bit_value":2,"used":true},
        {"id":3,"name":"Massage","bit_value":4,"used":false},{"id":4,"name":"Afternoon Tea",
        "bit_value":8,"used":false}],"used_bits":3,"fully_redeemed":false,
        "valid_from":"2026-05-02T12:00:00.0000000+00:00","valid_until":"2027-05-02T12:00:00.0000000+00:00",
        "issued_at":null,"hold":null},{"voucher_no":"DEMO000007","company":"Demo Venue",
        "type":"experience","catalogue_id":280,"order_id":null,"value":180.00,
        "balance":null,"experiences":[{"id":1,"name":"Spa Access","bit_value":1,
        "used":false},{"id":2,"name":"Lunch","bit_value":2,"used":true},
        {"id":3,"name":"Massage","bit_value":4,"used":false},{"id":4,"name":"Afternoon Tea",
        "bit_value":8,"used":false}],"used_bits":2,"fully_redeemed":false,
        "valid_from":"2026-05-02T12:00:00.0000000+00:00","valid_until":"2027-05-02T12:00:00.0000000+00:00",
        "issued_at":null,"hold":null},{"voucher_no":"SIST000001","company":"Sister Venue",
        "type":"monetary","catalogue_id":370,"order_id":null,"value":25.00,
        "balance":25.00,"experiences":[],"used_bits":0,"fully_redeemed":false,
        "valid_from":"2026-05-02T12:00:00.0000000+00:00","valid_until":"2027-05-02T12:00:00.0000000+00:00",
        "issued_at":null,"hold":null},{"voucher_no":"DEMO000008","company":"Demo Venue",
        "type":"monetary","catalogue_id":270,"order_id":"123","value":150.00,
        "balance":150.00,"experiences":[],"used_bits":0,"fully_redeemed":false,
        "valid_from":"2026-06-01T12:00:00.0000000+00:00","valid_until":null,
        "issued_at":"2026-06-01T12:00:00.0000000+00:00","hold":null},{"voucher_no":"DEMO000009",
        "company":"Demo Venue","type":"experience","catalogue_id":280,
        "order_id":"T-2","value":180.00,"balance":null,"experiences":[{"id":1,
        "name":"Spa Access","bit_value":1,"used":false},{"id":2,"name":"Lunch",
        "bit_value":2,"used":false},{"id":3,"name":"Massage","bit_value":4,
        "used":false},{"id":4,"name":"Afternoon Tea","bit_value":8,"used":false}],
        "used_bits":0,"fully_redeemed":false,"valid_from":"2026-06-01T12:00:00.0000000+00:00",
        "valid_until":null,"issued_at":"2026-06-01T12:00:00.0000000+00:00",
        "hold":null}]}
        """);
}
