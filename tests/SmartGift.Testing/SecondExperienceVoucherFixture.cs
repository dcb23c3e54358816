using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using SmartGift.MockServer;

namespace SmartGift.Testing;

/// <summary>
/// The demo seed with a second experience voucher beside "Spa Day for Two" (280: Lunch is bit 2):
/// 281 "Dinner Day", where Lunch is bit 1 and Dinner bit 2. A name that means different bits in
/// different catalogue vouchers (issue 19, finding 2) needs it.
/// </summary>
public sealed class SecondExperienceVoucherFixture : MockServerFixture, System.IDisposable
{
    public const string DinnerDayId = "281";

    private readonly string _path = Path.Combine(Path.GetTempPath(), "smartgift-seed-" + System.Guid.NewGuid().ToString("N") + ".json");

    protected override MockServerOptions CreateOptions()
    {
        var assembly = typeof(MockServerHost).Assembly;
        using var stream = assembly.GetManifestResourceStream(assembly.GetManifestResourceNames().Single(n => n.EndsWith("demo-seed.json", System.StringComparison.Ordinal)))!;
        var seed = JsonNode.Parse(stream)!;
        seed["companies"]![0]!["vouchers"]!.AsArray().Add(JsonNode.Parse(
            "{ \"id\": 281, \"name\": \"Dinner Day\", \"description\": \"Lunch and dinner.\", \"image\": \"https://images.devsmartgift.co.uk/vouchers/281.jpg\", " +
            "\"status\": \"active\", \"type\": \"experience\", \"price\": 90.00, " +
            "\"experiences\": [ { \"id\": 5, \"name\": \"Lunch\", \"bit_value\": 1 }, { \"id\": 6, \"name\": \"Dinner\", \"bit_value\": 2 } ] }"));
        File.WriteAllText(_path, seed.ToJsonString());
        return new MockServerOptions { SeedPath = _path };
    }

    public void Dispose()
    {
        File.Delete(_path);
        System.GC.SuppressFinalize(this);
    }
}
