namespace SmartGift;

/// <summary>Thrown by the client; carries the one error shape.</summary>
public sealed class SmartGiftException : Exception
{
    public SmartGiftException(SmartGiftError error, Exception? inner = null)
        : base(error.ToString(), inner)
    {
        Error = error;
    }

    public SmartGiftError Error { get; }
    public SmartGiftErrorKind Kind => Error.Kind;
}
