using System.Globalization;
using System.IO;
using System.Text;

namespace SmartGift.Reliability.Tests
{
    /// <summary>Generated sale files for the seed catalogue (vouchers 270 at 150.00 and 271 at 50.00).</summary>
    internal static class SaleCsv
    {
        public const string Header = "order_id,voucher_id,price,quantity,first_name,last_name,email,address1,postcode,town,county,delivery_method,delivery_price,payment_method_id,payment_amount";

        public static string Row(string orderId, string voucherId, decimal price) =>
            string.Join(",", orderId, voucherId, price.ToString("0.00", CultureInfo.InvariantCulture), "1", "Ada", "Lovelace", "ada@example.com",
                "1 High Street", "BA1 1AA", "Bath", "Somerset", "12", "0.50", "11", (price + 0.50m).ToString("0.00", CultureInfo.InvariantCulture));

        public static string Write(string path, int orders, string prefix)
        {
            var text = new StringBuilder(Header + "\n");
            for (var i = 1; i <= orders; i++)
                text.Append(Row(prefix + i, i % 2 == 0 ? "271" : "270", i % 2 == 0 ? 50.00m : 150.00m)).Append('\n');
            File.WriteAllText(path, text.ToString());
            return path;
        }
    }
}
