namespace SmartGift;

/// <summary>The profiles file cannot be used: not valid JSON, writable by other users, or without the profile asked for. The message says how to fix it.</summary>
internal sealed class ProfileFileException(string message, Exception? inner = null) : Exception(message, inner);
