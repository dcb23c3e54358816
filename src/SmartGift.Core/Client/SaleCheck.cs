using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SmartGift.Json;

namespace SmartGift
{
    /// <summary>
    /// What the client refuses before sending a sale (DESIGN 4): an empty cart, money with more
    /// than two decimals, and totals that do not add up (subtotal = item totals + delivery price;
    /// total = sum of payments). Missing totals are filled in. Field names are the API's dotted ones.
    /// </summary>
    internal static class SaleCheck
    {
        public static Dictionary<string, IReadOnlyList<string>> Check(SaleRequest sale)
        {
            var problems = new Dictionary<string, IReadOnlyList<string>>();
            void Add(string field, string message) => problems[field] = new[] { message };

            if (string.IsNullOrWhiteSpace(sale.OrderId)) Add("order_id", "The order_id is required.");
            var cart = sale.Cart;
            if (cart == null)
            {
                Add("cart", "The cart is required.");
                return problems;
            }
            if (cart.Items == null || cart.Items.Count == 0) Add("cart.items", "The cart has no items.");
            if (cart.Payments == null || cart.Payments.Count == 0) Add("cart.payments", "The cart has no payments.");
            if (cart.Delivery == null || string.IsNullOrWhiteSpace(cart.Delivery.DeliveryMethod)) Add("cart.delivery.delivery_method", "The delivery method is required.");

            var items = cart.Items ?? new List<CartItem>();
            var payments = cart.Payments ?? new List<Payment>();
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (item == null) { Add("cart.items." + i, "The item is missing."); continue; }
                if (string.IsNullOrWhiteSpace(item.Id)) Add("cart.items." + i + ".id", "The voucher id is required.");
                Money("cart.items." + i + ".price", item.Price, Add);
                Money("cart.items." + i + ".total", item.Total, Add);
            }
            for (var i = 0; i < payments.Count; i++)
            {
                var payment = payments[i];
                if (payment == null) { Add("cart.payments." + i, "The payment is missing."); continue; }
                if (string.IsNullOrWhiteSpace(payment.PaymentMethodId)) Add("cart.payments." + i + ".payment_method_id", "The payment method is required.");
                Money("cart.payments." + i + ".amount", payment.Amount, Add);
            }
            var deliveryPrice = cart.Delivery?.Price ?? 0m;
            Money("cart.delivery.price", deliveryPrice, Add);
            if (problems.Count > 0) return problems;

            var subtotal = items.Sum(item => item.Total) + deliveryPrice;
            var paid = payments.Sum(payment => payment.Amount);
            if (cart.Totals == null)
            {
                cart.Totals = new CartTotals { Subtotal = subtotal, Total = paid };
                return problems;
            }
            if (cart.Totals.Subtotal != subtotal)
                Add("cart.totals.subtotal", "The subtotal " + Show(cart.Totals.Subtotal) + " is not the item totals plus delivery (" + Show(subtotal) + ").");
            if (cart.Totals.Total != paid)
                Add("cart.totals.total", "The total " + Show(cart.Totals.Total) + " is not the sum of the payments (" + Show(paid) + ").");
            return problems;
        }

        private static void Money(string field, decimal value, System.Action<string, string> add)
        {
            if (value < 0) add(field, "The amount " + Show(value) + " is negative.");
            else if (!MoneyJson.HasAtMostTwoDecimals(value)) add(field, "The amount " + value.ToString(CultureInfo.InvariantCulture) + " has more than two decimals.");
        }

        private static string Show(decimal value) => MoneyJson.ToWireScale(value).ToString(CultureInfo.InvariantCulture);
    }
}
