namespace SmartGift;

/// <summary>The governor would have to wait longer than the caller allows (Options.MaxRateLimitWait).</summary>
internal sealed class RateWaitTooLongException : Exception
{
    public RateWaitTooLongException(string message) : base(message) { }
}
