namespace SmartGift.MockServer.Http;

/// <summary>Money on the wire: two decimals, as a number ("amount": 150.50) or a string ("price": "150.00").</summary>
internal static class Money
{
    public static decimal TwoDecimals(decimal value) =>
        decimal.Parse(decimal.Round(value, 2, System.MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Text(decimal value) => TwoDecimals(value).ToString("0.00", CultureInfo.InvariantCulture);
}
