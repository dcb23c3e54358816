using System.Linq;
using System.Threading.Tasks;
using SmartGift.Core.Tests.Redemptions;
using SmartGift.Core.Tests.Sales;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Csv;

/// <summary>
/// The sample files are what operators and the README try first: every order the client
/// accepts must also be accepted by the seed server (and the one bad row refused locally).
/// Real HTTP to the in-process mock server, through SmartGiftClient: the bodies are the ones an import sends.
/// </summary>
public class SamplesAgainstMockServerTests : IClassFixture<MockServerFixture>
{
    private readonly MockServerFixture _server;

    public SamplesAgainstMockServerTests(MockServerFixture server) { _server = server; }

    [Fact]
    public async Task Every_valid_sample_order_is_accepted_by_the_seed_server()
    {
        await _server.Control.ResetAsync();
        using var reader = SaleCsvReader.Open(RepositoryFiles.Sample("sales.csv"));
        var orders = CsvText.Orders(reader.ReadRows());
        using var client = NewClient();

        foreach (var order in orders.Where(o => o.IsValid))
        {
            // Through the client, so the body is the one serializer's (WireJson), as an import sends it.
            var refused = await Record.ExceptionAsync(() => client.SellAsync(order.Sale!));
            Assert.True(refused == null, order.OrderId + " (" + order.Location + "): " + refused?.Message);
        }
        Assert.Equal(19, (await _server.Control.GetOrdersAsync()).Count);
    }

    [Fact]
    public async Task The_sample_redemptions_succeed_except_the_expired_voucher()
    {
        await _server.Control.ResetAsync();
        using var reader = RedemptionCsvReader.Open(RepositoryFiles.Sample("redemptions.csv"));
        using var client = NewClient();

        foreach (var row in reader.ReadRows())
        {
            var request = RedemptionPlanner.Plan(row, Catalogue.Seed(), null).Request!;
            var refused = await Record.ExceptionAsync(() => client.RedeemAsync(request));
            if (row.VoucherNumber == "DEMO000004")
            {
                var error = Assert.IsType<SmartGiftException>(refused).Error;
                Assert.Equal(422, error.StatusCode);
                Assert.Contains("The voucher number provided has expired.", error.FieldErrors.SelectMany(f => f.Value));
            }
            else Assert.True(refused == null, row.Reference + ": " + refused?.Message);
        }
    }

    /// <summary>A client of the demo key with a fresh rate governor: the server was just reset.</summary>
    private SmartGiftClient NewClient()
    {
        var key = ApiKey.FromString(MockSeed.DemoKey);
        SmartGift.RateGovernorRegistry.Forget(_server.BaseAddress, key);
        return new SmartGiftClient(new SmartGiftClientOptions(_server.BaseAddress, key));
    }
}
