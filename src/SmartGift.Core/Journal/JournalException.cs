namespace SmartGift;

/// <summary>
/// The journal cannot be used: it is locked by a running import, it is of the other kind, it
/// was written by a newer version, or it is not a journal. The message names the path.
/// </summary>
public sealed class JournalException(string path, string message) : IOException(message)
{
    public string Path { get; } = path;
}
