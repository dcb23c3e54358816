using Microsoft.AspNetCore.Builder;

namespace SmartGift.MockServer.Routes
{
    internal static class SaleRoutes
    {
        public static void Map(WebApplication app)
        {
        }
    }
}
