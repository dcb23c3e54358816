using SmartGift.MockServer.Http;

namespace SmartGift.MockServer.Routes;

/// <summary>GET /vouchers and GET /payment-methods: the company's catalogue (every status) and payment methods.</summary>
internal static class CatalogueRoutes
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/vouchers", context => JsonAnswer.DataAsync(context, ApiKeyAuthentication.Company(context).Catalogue.Select(v => new JsonObject
        {
            ["id"] = v.Id,
            ["name"] = v.Name,
            ["description"] = v.Description,
            ["image"] = v.Image,
            ["status"] = v.Status,
            ["type"] = v.Type,
            ["price"] = Money.Text(v.Price),
            ["experiences"] = new JsonArray(v.Experiences.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e.Id,
                ["name"] = e.Name,
                ["bit_value"] = e.BitValue,
            }).ToArray()),
        })));

        app.MapGet("/payment-methods", context => JsonAnswer.DataAsync(context, ApiKeyAuthentication.Company(context).PaymentMethods.Select(p => new JsonObject
        {
            ["id"] = p.Id,
            ["name"] = p.Name,
        })));
    }
}
