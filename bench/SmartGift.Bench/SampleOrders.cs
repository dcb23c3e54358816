using System.Text;

namespace SmartGift.Bench;

/// <summary>
/// The orders every benchmark sends: one £50 voucher by email, paid by card. The same order
/// is available as a source row (SmartGift.Testing's sendable row, for SaleImport) and as a
/// ready JSON body (for the naive and bare loops), so both sides send the same thing.
/// </summary>
internal static class SampleOrders
{
    private const string VoucherId = MockSeed.Voucher50;
    private const decimal Price = 50.00m;
    private const string DeliveryMethod = MockSeed.DeliveryEmail;
    private const decimal DeliveryPrice = 0.50m;
    private const string PaymentMethod = MockSeed.PaymentCard;

    /// <summary>Orders PREFIX-0000000 on, made in advance so that making them is not measured.</summary>
    public static List<SaleRow> Rows(string prefix, int count) =>
        Enumerable.Range(0, count)
            .Select(i => SaleRows.Sendable(OrderId(prefix, i), i + 1, VoucherId, Price, PaymentMethod))
            .ToList();

    public static SaleRequest[] Sales(string prefix, int count) => Enumerable.Range(0, count).Select(i => Sale(prefix, i)).ToArray();

    public static byte[][] Bodies(string prefix, int count) => Enumerable.Range(0, count).Select(i => Body(prefix, i)).ToArray();

    private static string OrderId(string prefix, int index) => prefix + "-" + index.ToString("D7", CultureInfo.InvariantCulture);

    public static SaleRequest Sale(string prefix, int index)
    {
        var total = Price + DeliveryPrice;
        return new SaleRequest
        {
            OrderId = OrderId(prefix, index),
            Cart = new Cart
            {
                Items = { new CartItem { Id = VoucherId, Price = Price, Total = Price } },
                Totals = new CartTotals { Total = total, Subtotal = total },
                Customer = new Customer
                {
                    FirstName = "Marty",
                    LastName = "Gift",
                    Email = "marty.gift@example.co.uk",
                    Address1 = "Bank Chambers",
                    Address2 = "High Street",
                    Postcode = "NP11 4EY",
                    Town = "Newbridge",
                    County = "Newport",
                },
                Delivery = new Delivery { Price = DeliveryPrice, DeliveryMethod = DeliveryMethod, Name = "Email Delivery" },
                Payments = { new Payment { Amount = total, PaymentMethodId = PaymentMethod } },
            },
        };
    }

    /// <summary>
    /// The body a hand-written script would post. The models carry their wire names; decimal
    /// literals keep their two decimals, so the money is written as 50.50.
    /// </summary>
    private static byte[] Body(string prefix, int index) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(Sale(prefix, index)));
}
