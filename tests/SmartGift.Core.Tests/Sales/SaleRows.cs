using System;
using System.Globalization;
using System.IO;

namespace SmartGift.Core.Tests.Sales;

/// <summary>Valid sale rows against the seed catalogue, to be spoiled one field at a time by a test.</summary>
internal static class SaleRows
{
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

    public static SaleRow With(this SaleRow row, string column, string? value)
    {
        SmartGift.SaleColumns.Get(column).SetText(row, value);
        return row;
    }

    /// <summary>Runs the action under a culture whose decimal separator is a comma.</summary>
    public static void UnderCulture(string name, Action action)
    {
        var before = CultureInfo.CurrentCulture;
        var beforeUi = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = new CultureInfo(name);
        CultureInfo.CurrentUICulture = new CultureInfo(name);
        try { action(); }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    /// <summary>docs/samples/&lt;name&gt;, found by walking up from the test binaries to the repository root.</summary>
    public static string SamplePath(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "SmartGift.sln"))) dir = dir.Parent;
        if (dir == null) throw new InvalidOperationException("Repository root (SmartGift.sln) not found above " + AppContext.BaseDirectory);
        return Path.Combine(dir.FullName, "docs", "samples", name);
    }
}
