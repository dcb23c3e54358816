using Microsoft.AspNetCore.Builder;

namespace SmartGift.MockServer.Routes
{
    internal static class RedeemRoutes
    {
        public static void Map(WebApplication app)
        {
        }
    }
}
