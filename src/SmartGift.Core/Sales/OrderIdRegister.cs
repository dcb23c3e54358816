namespace SmartGift;

/// <summary>
/// The order ids of one run, to refuse an id that comes back after other orders. A
/// million-order import must stay small, so it keeps a 64-bit hash of each id and where it
/// first appeared (about 30 bytes an order), not the id text. Two different ids could share a
/// hash (odds about 1 in 40 million for a million orders): the later order would then be
/// refused before sending, never sent twice.
/// </summary>
internal sealed class OrderIdRegister
{
    private readonly Dictionary<ulong, long> _first = new Dictionary<ulong, long>();

    /// <summary>Registers id as first seen at the given place; false when it was already registered.</summary>
    public bool TryRegister(string id, RecordPlace place, out string firstSeen)
    {
        var hash = Hash(id);
        if (_first.TryGetValue(hash, out var packed))
        {
            firstSeen = ((RecordPlaceKind)(packed & 3)).ToString().ToLowerInvariant() + " " + (packed >> 2);
            return false;
        }
        _first[hash] = (place.Number << 2) | (long)place.Kind;
        firstSeen = "";
        return true;
    }

    /// <summary>FNV-1a over the UTF-16 code units, then a SplitMix64 finaliser to spread the bits.</summary>
    private static ulong Hash(string text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        h ^= h >> 30; h *= 0xbf58476d1ce4e5b9UL;
        h ^= h >> 27; h *= 0x94d049bb133111ebUL;
        return h ^ (h >> 31);
    }
}

internal enum RecordPlaceKind
{
    Line = 0,
    Row = 1,
    Cart = 2,
}

/// <summary>Where a record came from, compactly: "line 7", "row 6" or "cart 2".</summary>
internal readonly record struct RecordPlace(RecordPlaceKind Kind, long Number)
{
    public static RecordPlace Of(SaleRow row) =>
        row.LineNumber is long line ? new RecordPlace(RecordPlaceKind.Line, line) : new RecordPlace(RecordPlaceKind.Row, row.RowNumber);
}
