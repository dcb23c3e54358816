using SmartGift.MockServer.Controls;
using SmartGift.MockServer.Http;
using SmartGift.MockServer.Seed;

namespace SmartGift.MockServer.Routes;

/// <summary>GET /vouchers and GET /payment-methods: the company's catalogue (every status) and payment methods.</summary>
internal static class CatalogueRoutes
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/vouchers", context => JsonAnswer.DataAsync(context, ApiKeyAuthentication.Company(context).Catalogue
            .Select(v => StateJson.Node(new CatalogueEntry(
                v.Id, v.Name, v.Description, v.Image, v.Status, v.Type, Money.Text(v.Price), v.Experiences)))));
        app.MapGet("/payment-methods", context =>
            JsonAnswer.DataAsync(context, ApiKeyAuthentication.Company(context).PaymentMethods.Select(StateJson.Node)));
    }
}

/// <summary>A catalogue voucher on the wire: its price is a string ("150.00").</summary>
internal sealed record CatalogueEntry(long Id, string Name, string? Description, string? Image, string Status, string Type,
    string Price, IReadOnlyList<SeedExperience> Experiences);
