namespace SmartGift;

/// <summary>
/// An answer the client cannot read (an HTML proxy page, broken JSON, a missing field). Its
/// message says what came back in words an operator understands; the pipeline turns it into a
/// SmartGiftError, so no JsonException ever reaches a caller.
/// </summary>
internal sealed class UnreadableBodyException(string message, Exception? inner = null) : Exception(message, inner);
