namespace SmartGift;

/// <summary>What a journal file holds: its header, the state of each key, and notes about lines that could not be read.</summary>
internal sealed class JournalContents
{
    private readonly Dictionary<string, JournalEntry> _entries = new Dictionary<string, JournalEntry>(StringComparer.Ordinal);
    private readonly List<JournalEntry> _inOrder = new List<JournalEntry>();

    /// <summary>The file name of the ledger the journal was written beside (the header's "ledger"); null in older journals.</summary>
    public string? Ledger { get; set; }
    public bool HasHeader { get; set; }
    /// <summary>False when the file ends in the middle of a line (a torn write): the next append starts a fresh line.</summary>
    public bool EndsWithNewline { get; set; } = true;
    public List<string> Notes { get; } = new List<string>();

    /// <summary>Keys in the order they first appear in the journal.</summary>
    public IReadOnlyList<JournalEntry> Entries => _inOrder;

    public JournalEntry? Find(string key) => _entries.TryGetValue(key, out var entry) ? entry : null;

    /// <summary>Every record line read or written, in order: what the ledger takes in (Ledger.Adopt).</summary>
    public List<JournalLine> Lines { get; } = new List<JournalLine>();

    public void Apply(JournalLine line)
    {
        if (!_entries.TryGetValue(line.Key, out var entry))
        {
            entry = new JournalEntry(line.Key);
            _entries.Add(line.Key, entry);
            _inOrder.Add(entry);
        }
        entry.Apply(line);
        Lines.Add(line);
    }
}
