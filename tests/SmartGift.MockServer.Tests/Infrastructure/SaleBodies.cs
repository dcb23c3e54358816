using System.Text.Json.Nodes;
using SmartGift.Testing;

namespace SmartGift.MockServer.Tests.Infrastructure;

/// <summary>Sale bodies built from document 000's example, to change one thing at a time.</summary>
public static class SaleBodies
{
    public static JsonObject Example() => JsonNode.Parse(MockSeed.ExampleSaleBody)!.AsObject();

    public static JsonObject Cart(this JsonObject body) => body["cart"]!.AsObject();

    public static JsonObject Customer(this JsonObject body) => body.Cart()["customer"]!.AsObject();

    public static JsonObject Delivery(this JsonObject body) => body.Cart()["delivery"]!.AsObject();

    public static JsonObject Item(this JsonObject body, int index = 0) => body.Cart()["items"]![index]!.AsObject();

    public static JsonObject Payment(this JsonObject body, int index = 0) => body.Cart()["payments"]![index]!.AsObject();

    public static JsonObject Totals(this JsonObject body) => body.Cart()["totals"]!.AsObject();

    /// <summary>A valid sale of one catalogue item at a price, delivered by email (0.50), paid by card.</summary>
    public static JsonObject Of(string catalogueId, decimal price, string orderId = "T-1")
    {
        var body = Example();
        body["order_id"] = orderId;
        body.Item()["id"] = catalogueId;
        body.Item()["price"] = price;
        body.Item()["total"] = price;
        body.Totals()["total"] = price + 0.50m;
        body.Totals()["subtotal"] = price + 0.50m;
        body.Payment()["amount"] = price + 0.50m;
        return body;
    }
}
