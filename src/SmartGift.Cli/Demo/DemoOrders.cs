namespace SmartGift.Cli.Demo;

/// <summary>More orders for the demo's later steps, written as a till would export them (columns of docs/csv-format.md).</summary>
internal static class DemoOrders
{
    private const string Header =
        "order_id,voucher_id,price,quantity,to,from,message,first_name,last_name,email,address1,address2,postcode,town,county," +
        "delivery_method,delivery_price,delivery_email,delivery_date,payment_method_id,payment_amount";

    /// <summary>One £50 voucher each, e-mailed (0.50), paid by card (50.50).</summary>
    public static string Write(string folder, string fileName, IEnumerable<(string OrderId, string Buyer)> orders)
    {
        var path = Path.Combine(folder, fileName);
        var rows = orders.Select(o =>
            o.OrderId + ",271,50.00,1,Friend," + o.Buyer + ",Enjoy!," + o.Buyer + ",Jones," + o.Buyer.ToLowerInvariant() + "@example.com," +
            "1 High Street,,CF10 1AA,Cardiff,South Glamorgan,12,0.50," + o.Buyer.ToLowerInvariant() + "@example.com,,11,50.50");
        File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }
}
