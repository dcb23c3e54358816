using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using SmartGift.MockServer;
using SmartGift.Testing;

namespace SmartGift.Reliability.Tests;

/// <summary>A file with bad rows, read by the real CSV reader: the good orders are imported, nothing invalid is sent.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task Good_orders_are_imported_and_bad_ones_are_reported_and_never_sent()
    {
        await using var host = await MockServerHost.StartAsync(new MockServerOptions { RateLimit = 100_000 });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var control = new MockControl(http);
        var csv = Path.GetTempFileName();
        File.WriteAllText(csv, string.Join("\n",
            SampleCsv.SaleHeader,
            SampleCsv.SaleRow("good-1"),
            SampleCsv.SaleRow("bad-price", price: "15O.00"),
            SampleCsv.SaleRow("good-2", "271", "50.00", "50.50"),
            SampleCsv.SaleRow("bad-email", email: "not-an-email"),
            SampleCsv.SaleRow("bad-pay", payment: "99.00"),
            SampleCsv.SaleRow("good-3")) + "\n");
        try
        {
            using var session = new SmartGiftSession(new SmartGiftClientOptions(host.BaseAddress, ApiKey.FromString("sk_test_demo")), "bad", "1");
            var results = new List<OrderResult>();
            using (var reader = SaleCsvReader.Open(csv))
            using (var import = new SaleImport(session, new ImportOptions<SaleRequest> { MaxConcurrency = 2 }))
            {
                foreach (var row in reader.ReadRows()) results.AddRange(import.Add(row).OfType<OrderResult>());
                results.AddRange(import.Complete().OfType<OrderResult>());
            }

            Assert.Equal(new[] { "good-1", "bad-price", "good-2", "bad-email", "bad-pay", "good-3" }, results.Select(r => r.OrderId));
            foreach (var bad in results.Where(r => r.OrderId.StartsWith("bad", StringComparison.Ordinal)))
            {
                Assert.Equal(RecordStatus.Failed, bad.Status);
                Assert.Equal(SmartGiftErrorKind.Validation, bad.Error!.Kind);
                Assert.Contains("line ", bad.Error.Message);
                Assert.NotEmpty(bad.Problems);
            }
            Assert.Contains(results.Single(r => r.OrderId == "bad-price").Problems, p => p.Field == "price" && p.Location == "line 3");
            Assert.Contains(results.Single(r => r.OrderId == "bad-email").Problems, p => p.Field == "email");
            Assert.Contains(results.Single(r => r.OrderId == "bad-pay").Problems, p => p.Field == "payment_amount");
            Assert.Equal(new[] { "good-1", "good-2", "good-3" }, (await control.GetOrdersAsync()).Select(o => o.RequestedOrderId).OrderBy(x => x));
        }
        finally
        {
            File.Delete(csv);
        }
    }
}
