using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SmartGift.Testing;

/// <summary>Sale and redemption CSV files for the tests (columns of docs/csv-format.md), in a folder of their own: the one CSV builder of the .NET test projects.</summary>
public sealed class SampleCsv : IDisposable
{
    public const string SaleHeader =
        "order_id,voucher_id,price,quantity,to,from,message,first_name,last_name,email,address1,address2,postcode,town,county," +
        "delivery_method,delivery_price,delivery_email,delivery_date,payment_method_id,payment_amount";

    public SampleCsv()
    {
        Folder = Path.Combine(Path.GetTempPath(), "smartgift-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string Journal(string name = "journal.jsonl") => Path.Combine(Folder, name);

    /// <summary>One order of one £150 voucher (270) paid 150.50 by card with e-mail delivery (0.50).</summary>
    public static string SaleRow(string orderId, string voucherId = "270", string price = "150.00", string payment = "150.50", string email = "jo@example.com") =>
        orderId + "," + voucherId + "," + price + ",1,Alex,Sam,Happy birthday,Jo,Bloggs," + email + ",1 High St,,AB1 2CD,Town,County," +
        "12,0.50," + email + ",,11," + payment;

    /// <summary>A file of <paramref name="orders"/> one-voucher orders PREFIX1.., alternately voucher 270 (150.00) and 271 (50.00).</summary>
    public static string WriteOrders(string path, int orders, string prefix)
    {
        var lines = new List<string> { SaleHeader };
        for (var i = 1; i <= orders; i++)
        {
            var price = i % 2 == 0 ? 50.00m : 150.00m;
            lines.Add(SaleRow(prefix + i, i % 2 == 0 ? "271" : "270", price.ToString("0.00", CultureInfo.InvariantCulture), (price + 0.50m).ToString("0.00", CultureInfo.InvariantCulture)));
        }
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    public string WriteSales(string name, params string[] rows) => Write(name, new[] { SaleHeader }.Concat(rows));

    /// <summary>Three orders; the third has price "abc" on line 4 of the file.</summary>
    public string SalesWithBadRow(string prefix) => WriteSales(prefix + "-bad.csv",
        SaleRow(prefix + "1"),
        SaleRow(prefix + "2", "271", "50.00", "50.50"),
        SaleRow(prefix + "3", "270", "abc", "150.50"));

    public string GoodSales(string prefix) => WriteSales(prefix + "-good.csv",
        SaleRow(prefix + "1"),
        SaleRow(prefix + "2", "271", "50.00", "50.50"));

    public string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
