namespace SmartGift;

/// <summary>An answer past MaxAnswerBytes (DESIGN 19): dropped there, so a huge answer costs a few MB, not the machine's memory.</summary>
internal sealed class AnswerTooLargeException(int statusCode, long limit)
    : Exception("the answer was larger than " + Size(limit) + " (the most this client reads: MaxAnswerBytes) and was not read")
{
    public int StatusCode { get; } = statusCode;

    private static string Size(long bytes) =>
        bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB"
        : bytes % 1024 == 0 ? (bytes / 1024).ToString(CultureInfo.InvariantCulture) + " KB"
        : bytes.ToString(CultureInfo.InvariantCulture) + " bytes";
}
