namespace SmartGift;

/// <summary>Thrown by the client; carries the one error shape.</summary>
public sealed class SmartGiftException(SmartGiftError error, Exception? inner = null) : Exception(error.ToString(), inner)
{
    public SmartGiftError Error { get; } = error;
    public SmartGiftErrorKind Kind => Error.Kind;
}
