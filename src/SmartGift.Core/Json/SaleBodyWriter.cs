using System.IO;
using System.Text.Json;

namespace SmartGift.Json
{
    /// <summary>
    /// The body of POST /pos-sale in the shape of document 000: money with two decimals, the item
    /// id as a string, delivery_method and payment_method_id as numbers when they are digits, and
    /// every optional field present (null when empty) as the document shows it.
    /// </summary>
    internal static class SaleBodyWriter
    {
        public static byte[] Write(SaleRequest sale)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WritePropertyName("cart");
                WriteCart(writer, sale.Cart);
                writer.WriteString("order_id", sale.OrderId);
                writer.WriteEndObject();
            }
            return buffer.ToArray();
        }

        private static void WriteCart(Utf8JsonWriter writer, Cart cart)
        {
            writer.WriteStartObject();

            writer.WriteStartArray("items");
            foreach (var item in cart.Items)
            {
                writer.WriteStartObject();
                writer.WriteString("id", item.Id);
                MoneyJson.Write(writer, "price", item.Price);
                MoneyJson.Write(writer, "total", item.Total);
                WriteText(writer, "to", item.To);
                WriteText(writer, "from", item.From);
                WriteText(writer, "message", item.Message);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();

            var totals = cart.Totals ?? new CartTotals();
            writer.WriteStartObject("totals");
            MoneyJson.Write(writer, "total", totals.Total);
            MoneyJson.Write(writer, "subtotal", totals.Subtotal);
            writer.WriteEndObject();

            var customer = cart.Customer ?? new Customer();
            writer.WriteStartObject("customer");
            WriteText(writer, "first_name", customer.FirstName);
            WriteText(writer, "last_name", customer.LastName);
            WriteText(writer, "email", customer.Email);
            WriteText(writer, "address1", customer.Address1);
            WriteText(writer, "address2", customer.Address2);
            WriteText(writer, "postcode", customer.Postcode);
            WriteText(writer, "town", customer.Town);
            WriteText(writer, "county", customer.County);
            writer.WriteEndObject();

            var delivery = cart.Delivery ?? new Delivery();
            writer.WriteStartObject("delivery");
            MoneyJson.Write(writer, "price", delivery.Price);
            IdJson.WriteNumberWhenDigits(writer, "delivery_method", delivery.DeliveryMethod);
            WriteText(writer, "delivery_email", delivery.DeliveryEmail);
            WriteText(writer, "delivery_date", delivery.DeliveryDate);
            WriteText(writer, "name", delivery.Name);
            WriteText(writer, "town", delivery.Town);
            WriteText(writer, "county", delivery.County);
            WriteText(writer, "address1", delivery.Address1);
            WriteText(writer, "address2", delivery.Address2);
            WriteText(writer, "postcode", delivery.Postcode);
            WriteText(writer, "last_name", delivery.LastName);
            WriteText(writer, "first_name", delivery.FirstName);
            WriteText(writer, "description", delivery.Description);
            writer.WriteEndObject();

            writer.WriteStartArray("payments");
            foreach (var payment in cart.Payments)
            {
                writer.WriteStartObject();
                MoneyJson.Write(writer, "amount", payment.Amount);
                IdJson.WriteNumberWhenDigits(writer, "payment_method_id", payment.PaymentMethodId);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();

            writer.WriteEndObject();
        }

        private static void WriteText(Utf8JsonWriter writer, string name, string? value)
        {
            if (value == null) writer.WriteNull(name);
            else writer.WriteString(name, value);
        }
    }
}
