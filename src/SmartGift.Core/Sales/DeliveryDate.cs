namespace SmartGift;

/// <summary>
/// delivery_date is yyyy-MM-dd. Smart Gift sends at once when the date is invalid, so an
/// invalid date is refused here rather than silently becoming "send now".
/// </summary>
internal static class DeliveryDate
{
    public static bool IsValid(string value) =>
        DateTime.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
