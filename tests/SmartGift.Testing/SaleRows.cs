using System.Collections.Generic;
using System.Globalization;

namespace SmartGift.Testing;

/// <summary>
/// Sale rows against the seed catalogue, the one row builder of the .NET tests (SampleCsv writes
/// the same orders as CSV text): a valid order to spoil one field at a time, later items of it,
/// and orders as an import sends them.
/// </summary>
public static class SaleRows
{
    /// <summary>A valid one-row order on line <paramref name="line"/> of a file: voucher 270 (150.00), e-mail delivery 0.50, card.</summary>
    public static SaleRow Valid(string orderId = "123", long line = 2, string voucherId = "270", string price = "150.00") => new SaleRow
    {
        RowNumber = line - 1,
        LineNumber = line,
        OrderId = orderId,
        VoucherId = voucherId,
        Price = price,
        FirstName = "Marty",
        LastName = "Gift",
        Email = "marty.gift@example.co.uk",
        Address1 = "Bank Chambers",
        Address2 = "High Street",
        Postcode = "NP11 4EY",
        Town = "Newbridge",
        County = "Newport",
        DeliveryMethod = "12",
        DeliveryPrice = "0.50",
        PaymentMethodId = "11",
    };

    /// <summary>A later row of the same order: item columns only.</summary>
    public static SaleRow Item(string orderId, long line, string voucherId = "271", string price = "50.00", string? quantity = null) => new SaleRow
    {
        RowNumber = line - 1,
        LineNumber = line,
        OrderId = orderId,
        VoucherId = voucherId,
        Price = price,
        Quantity = quantity,
    };

    /// <summary>Row <paramref name="row"/> (line row + 1) as an import sends it: quantity 1 and the payment of price plus delivery given.</summary>
    public static SaleRow Sendable(string orderId, long row, string voucherId = "270", decimal price = 150.00m, string paymentMethod = "11")
    {
        var sale = Valid(orderId, row + 1, voucherId, price.ToString("0.00", CultureInfo.InvariantCulture));
        sale.Quantity = "1";
        sale.PaymentMethodId = paymentMethod;
        sale.PaymentAmount = (price + 0.50m).ToString("0.00", CultureInfo.InvariantCulture);
        return sale;
    }

    /// <summary>Orders "prefix-1" .. "prefix-count", one sendable row each.</summary>
    public static List<SaleRow> Orders(int count, string prefix = "ord")
    {
        var rows = new List<SaleRow>();
        for (var i = 1; i <= count; i++) rows.Add(Sendable(prefix + "-" + i, i));
        return rows;
    }

    /// <summary>A sendable row whose price has three decimals: refused before sending.</summary>
    public static SaleRow BadPrice(string orderId, long row)
    {
        var sale = Sendable(orderId, row);
        sale.Price = "12.345";
        return sale;
    }
}
