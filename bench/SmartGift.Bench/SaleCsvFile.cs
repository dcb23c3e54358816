using System.Text;

namespace SmartGift.Bench;

/// <summary>
/// Writes a large sale CSV (docs/csv-format.md columns) row by row, so generating a million
/// rows needs no more memory than one. Every fifth order has two vouchers (two rows, the
/// order columns given on the first only); the rest have one.
/// </summary>
internal static class SaleCsvFile
{
    public const string Header =
        "order_id,voucher_id,price,quantity,to,from,message,first_name,last_name,email,address1,address2,postcode,town,county,"
        + "delivery_method,delivery_price,delivery_email,delivery_date,delivery_first_name,delivery_last_name,delivery_address1,"
        + "delivery_address2,delivery_town,delivery_county,delivery_postcode,payment_method_id,payment_amount";

    public static void Write(string path, int rows)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        Write(writer, rows);
    }

    public static void Write(TextWriter writer, int rows)
    {
        writer.NewLine = "\r\n";
        writer.WriteLine(Header);
        var written = 0;
        for (var order = 0; written < rows; order++)
        {
            var id = "csv-" + order.ToString("D7", CultureInfo.InvariantCulture);
            var items = order % 5 == 4 && rows - written >= 2 ? 2 : 1;
            var amount = (items * 50.00m + 0.50m).ToString("0.00", CultureInfo.InvariantCulture);
            writer.Write(id);
            writer.Write(",271,50.00,1,Sam,Alex,\"Happy birthday, love Alex\",Marty,Gift,marty.gift@example.com,Bank Chambers,High Street,NP11 4EY,Newbridge,Newport,12,0.50,,,,,,,,,,11,");
            writer.WriteLine(amount);
            written++;
            if (items == 2)
            {
                writer.Write(id);
                writer.WriteLine(",271,50.00,1,Jo,Alex,,,,,,,,,,,,,,,,,,,,,,");
                written++;
            }
        }
    }
}
