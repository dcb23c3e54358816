using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SmartGift.MockServer.Http;
using SmartGift.MockServer.State;
using SmartGift.MockServer.Validation;

namespace SmartGift.MockServer.Routes
{
    /// <summary>POST /pos-sale and POST /sale (one handler): validate the cart of 000, book the order, issue vouchers.</summary>
    internal static class SaleRoutes
    {
        public static void Map(WebApplication app)
        {
            app.MapPost("/pos-sale", context => SellAsync(context, app.Services.GetRuntime()));
            app.MapPost("/sale", context => SellAsync(context, app.Services.GetRuntime()));
        }

        private static async Task SellAsync(HttpContext context, MockRuntime runtime)
        {
            var body = await JsonBody.ReadObjectAsync(context.Request);
            if (body == null)
            {
                await JsonAnswer.MessageAsync(context, StatusCodes.Status400BadRequest, JsonBody.MalformedMessage);
                return;
            }

            var company = ApiKeyAuthentication.Company(context);
            var errors = new ValidationErrors();
            var sale = SaleBodyRules.Validate(body, company, errors);
            if (sale == null)
            {
                await JsonAnswer.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, errors.ToBody());
                return;
            }

            var state = runtime.State;
            Order order;
            lock (state.Sync)
            {
                order = OrderBooking.Book(state, company, sale, body["cart"], context.Request.Path.Value ?? "/pos-sale", runtime.Clock.Now);
            }

            await JsonAnswer.WriteAsync(context, StatusCodes.Status200OK, new JsonObject
            {
                ["data"] = new JsonObject { ["order_id"] = order.OrderId },
            });
        }
    }
}
