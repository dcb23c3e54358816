namespace SmartGift;

/// <summary>How sale and redemption rows read a cell: trimmed, empty as null; a column the CSV reader already refused is not checked again.</summary>
internal static class RowText
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();

    /// <summary>The field of a problem that made a whole row unreadable (a record too long to read): no column of it is checked again.</summary>
    public const string WholeRow = "row";

    /// <summary>A column the reader already refused on this row (too long, missing from the header, or the whole row).</summary>
    public static bool Unreadable(IReadOnlyList<RecordProblem> readProblems, string column)
    {
        // By index: asked for every column of every row, and a foreach over the interface allocates.
        for (var i = 0; i < readProblems.Count; i++) if (readProblems[i].Field == column || readProblems[i].Field == WholeRow) return true;
        return false;
    }
}
