using Microsoft.AspNetCore.Builder;

namespace SmartGift.MockServer.Routes
{
    internal static class CatalogueRoutes
    {
        public static void Map(WebApplication app)
        {
        }
    }
}
