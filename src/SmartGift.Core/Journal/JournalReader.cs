namespace SmartGift;

/// <summary>
/// Replays a journal file. Lenient about single lines (a torn or garbled line is skipped with a
/// note: the states around it stay safe, see docs/journal.md), strict about the header: another
/// kind or a newer version is refused.
/// </summary>
internal static class JournalReader
{
    public const string Format = "smartgift-journal";
    public const int Version = 1;

    public static JournalContents Read(string path, Stream stream, JournalKind expected)
    {
        var contents = new JournalContents();
        if (stream.Length == 0) return contents;

        stream.Seek(-1, SeekOrigin.End);
        contents.EndsWithNewline = stream.ReadByte() == '\n';
        stream.Seek(0, SeekOrigin.Begin);

        var reader = new StreamReader(stream, new UTF8Encoding(false), false, 4096);
        long lineNumber = 0;
        for (string? text = reader.ReadLine(), next; text != null; text = next)
        {
            next = reader.ReadLine();
            lineNumber++;
            // The last line is torn when the file does not end with a newline.
            if (text.Trim().Length > 0) ReadLine(path, contents, text, lineNumber, next == null && !contents.EndsWithNewline, expected);
        }
        if (!contents.HasHeader && contents.Entries.Count > 0)
            throw new JournalException(path, $"{path} is not a SmartGift journal: its first line is not a {Format} header.");
        return contents;
    }

    private static void ReadLine(string path, JournalContents contents, string text, long lineNumber, bool torn, JournalKind expected)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            if (!contents.HasHeader && lineNumber > 1 && !torn)
                throw new JournalException(path, $"{path} is not a SmartGift journal (line {lineNumber} is not JSON).");
            contents.Notes.Add(torn
                ? $"{path}: the last line is incomplete (the previous run stopped while writing it); it was ignored."
                : $"{path}: line {lineNumber} is not valid JSON (a line torn by an earlier crash); it was ignored.");
            return;
        }
        using (document)
        {
            var root = document.RootElement;
            if (!contents.HasHeader)
            {
                ReadHeader(path, contents, root, expected);
                return;
            }
            var line = JournalLine.TryParse(root);
            if (line == null)
                contents.Notes.Add($"{path}: line {lineNumber} is not a journal record; it was ignored.");
            else
                contents.Apply(line);
        }
    }

    private static void ReadHeader(string path, JournalContents contents, JsonElement root, JournalKind expected)
    {
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("format", out var format)
            || format.ValueKind != JsonValueKind.String
            || format.GetString() != Format)
            throw new JournalException(path, $"{path} is not a SmartGift journal: its first line is not a {Format} header.");

        var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : 0;
        if (version > Version)
            throw new JournalException(path, $"{path} was written by a newer SmartGift (journal version {version}); this version reads version {Version}. Upgrade SmartGift or use another journal.");
        if (version < 1)
            throw new JournalException(path, $"{path} has no valid journal version.");

        var kindText = root.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
        var kind = KindNamed(kindText) ?? throw new JournalException(path, $"{path} has an unknown journal kind '{kindText}'.");
        if (kind != expected)
            throw new JournalException(path, $"{path} is a {Name(kind)} journal, not a {Name(expected)} journal: give this import its own journal file.");

        contents.Ledger = root.TryGetProperty("ledger", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        contents.HasHeader = true;
    }

    public static string Name(JournalKind kind) => kind == JournalKind.Sale ? "sale" : "redemption";

    /// <summary>The kind a header's "kind" names; null for any other text.</summary>
    public static JournalKind? KindNamed(string? text) =>
        text switch { "sale" => JournalKind.Sale, "redemption" => JournalKind.Redemption, _ => null };

    public static string HeaderJson(JournalKind kind, DateTimeOffset created, string? ledger = null) =>
        JsonSerializer.Serialize(new JournalHeader(kind, created, ledger), JournalJsonContext.Default.JournalHeader);
}
