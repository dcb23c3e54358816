using SmartGift.MockServer.State;
using SmartGift.MockServer.Validation;

namespace SmartGift.MockServer.Routes;

/// <summary>POST /pos-sale and POST /sale (one handler): validate the cart of 000, book the order, issue vouchers.</summary>
internal static class SaleRoutes
{
    public static JsonNode? Sell(PostRequest request)
    {
        var sale = SaleBodyRules.Validate(request.Body, request.Company, request.Errors);
        if (sale == null)
        {
            return null;
        }

        var state = request.Runtime.State;
        Order order;
        lock (state.Sync)
        {
            order = OrderBooking.Book(state, request.Company, sale, request.Body["cart"], request.Path, request.Runtime.Clock.Now);
        }

        return new JsonObject
        {
            ["data"] = new JsonObject { ["order_id"] = order.OrderId },
        };
    }
}
