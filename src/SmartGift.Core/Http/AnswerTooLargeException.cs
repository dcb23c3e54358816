namespace SmartGift;

/// <summary>
/// An answer whose body passed SmartGiftClientOptions.MaxAnswerBytes (DESIGN 19): reading
/// stopped there and what was read is dropped, so an endless or huge answer costs a few MB,
/// not the machine's memory.
/// </summary>
internal sealed class AnswerTooLargeException : Exception
{
    public AnswerTooLargeException(int statusCode, long limit)
        : base("the answer was larger than " + Describe(limit) + " (the most this client reads: MaxAnswerBytes) and was not read")
    {
        StatusCode = statusCode;
    }

    public int StatusCode { get; }

    public static string Describe(long bytes) =>
        bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture) + " MB"
        : bytes % 1024 == 0 ? (bytes / 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) + " KB"
        : bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes";
}
