namespace SmartGift.MockServer.Validation;

/// <summary>
/// Laravel's default English validation messages. Laravel shows a field by its name with
/// underscores as spaces (voucher_no -> "voucher no"); the errors object keeps the real name.
/// </summary>
internal static class LaravelMessages
{
    public static string Display(string field) => field.Replace('_', ' ');

    public static string Required(string field) => $"The {Display(field)} field is required.";

    public static string RequiredWhen(string field, string other, string value) =>
        $"The {Display(field)} field is required when {Display(other)} is {value}.";

    public static string Array(string field) => $"The {Display(field)} field must be an array.";

    public static string Numeric(string field) => $"The {Display(field)} field must be a number.";

    public static string String(string field) => $"The {Display(field)} field must be a string.";

    public static string Email(string field) => $"The {Display(field)} field must be a valid email address.";

    public static string Selected(string field) => $"The selected {Display(field)} is invalid.";

    public static string MinZero(string field) => $"The {Display(field)} field must be at least 0.";

    public static string GreaterThanZero(string field) => $"The {Display(field)} field must be greater than 0.";

    public static string TwoDecimals(string field) => $"The {Display(field)} field must have 0-2 decimal places.";
}
