using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using SmartGift.Core.Tests.Redemptions;
using SmartGift.Core.Tests.Sales;
using SmartGift.Sales;
using SmartGift.Testing;
using SmartGift.Redemptions;

namespace SmartGift.Core.Tests.Csv
{
    /// <summary>
    /// The sample files are what operators and the README try first: every order the client
    /// accepts must also be accepted by the seed server (and the one bad row refused locally).
    /// Real HTTP to the in-process mock server; the bodies are posted as the domain built them.
    /// </summary>
    public class SamplesAgainstMockServerTests : IClassFixture<MockServerFixture>
    {
        private readonly MockServerFixture _server;

        public SamplesAgainstMockServerTests(MockServerFixture server) { _server = server; }

        [Fact]
        public async Task Every_valid_sample_order_is_accepted_by_the_seed_server()
        {
            await _server.Control.ResetAsync();
            using var reader = SaleCsvReader.Open(SaleRows.SamplePath("sales.csv"));
            var orders = CsvText.Orders(reader.ReadRows());
            using var client = _server.CreateClient();

            foreach (var order in orders.Where(o => o.IsValid))
            {
                var body = JsonSerializer.Serialize(order.Sale);
                using var response = await client.PostAsync("pos-sale", new StringContent(body, Encoding.UTF8, "application/json"));
                var answer = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.OK, order.OrderId + " (" + order.Location + "): " + (int)response.StatusCode + " " + answer);
            }
            Assert.Equal(19, (await _server.Control.GetOrdersAsync()).Count);
        }

        [Fact]
        public async Task The_sample_redemptions_succeed_except_the_expired_voucher()
        {
            await _server.Control.ResetAsync();
            using var reader = RedemptionCsvReader.Open(SaleRows.SamplePath("redemptions.csv"));
            using var client = _server.CreateClient();

            foreach (var row in reader.ReadRows())
            {
                var request = RedemptionPlanner.Plan(row, Catalogue.Seed(), null).Request!;
                var body = new JsonObject { ["voucher_no"] = request.VoucherNumber, ["site_id"] = request.SiteId };
                body["value"] = request.Amount is decimal amount ? JsonValue.Create(amount) : JsonValue.Create(request.ExperienceBits!.Value);
                using var response = await client.PostAsync("redeem", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
                var answer = await response.Content.ReadAsStringAsync();
                if (row.VoucherNumber == "DEMO000004")
                {
                    Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
                    Assert.Contains("The voucher number provided has expired.", answer);
                }
                else Assert.True(response.StatusCode == HttpStatusCode.OK, row.Reference + ": " + (int)response.StatusCode + " " + answer);
            }
        }
    }
}
