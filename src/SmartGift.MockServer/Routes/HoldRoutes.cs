using Microsoft.AspNetCore.Builder;

namespace SmartGift.MockServer.Routes
{
    internal static class HoldRoutes
    {
        public static void Map(WebApplication app)
        {
        }
    }
}
