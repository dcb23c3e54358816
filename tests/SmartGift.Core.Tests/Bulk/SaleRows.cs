using System.Collections.Generic;
using System.Globalization;

namespace SmartGift.Core.Tests.Bulk;

/// <summary>Source rows for the seed's catalogue: voucher 270 (150.00) by default, email delivery 0.50, card.</summary>
internal static class SaleRows
{
    public static SaleRow Valid(string orderId, long row, string voucherId = "270", decimal price = 150.00m, string paymentMethod = "11") => new SaleRow
    {
        RowNumber = row,
        LineNumber = row + 1,
        OrderId = orderId,
        VoucherId = voucherId,
        Price = price.ToString("0.00", CultureInfo.InvariantCulture),
        Quantity = "1",
        FirstName = "Ada",
        LastName = "Lovelace",
        Email = "ada@example.com",
        Address1 = "1 High Street",
        Postcode = "BA1 1AA",
        Town = "Bath",
        County = "Somerset",
        DeliveryMethod = "12",
        DeliveryPrice = "0.50",
        PaymentMethodId = paymentMethod,
        PaymentAmount = (price + 0.50m).ToString("0.00", CultureInfo.InvariantCulture),
    };

    /// <summary>Orders "prefix-1" .. "prefix-count", one row each.</summary>
    public static List<SaleRow> Orders(int count, string prefix = "ord")
    {
        var rows = new List<SaleRow>();
        for (var i = 1; i <= count; i++) rows.Add(Valid(prefix + "-" + i, i));
        return rows;
    }

    /// <summary>A row whose price has three decimals: refused before sending.</summary>
    public static SaleRow BadPrice(string orderId, long row)
    {
        var r = Valid(orderId, row);
        r.Price = "12.345";
        return r;
    }
}
