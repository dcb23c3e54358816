namespace SmartGift.Cli.Output;

internal enum OutputFormat
{
    /// <summary>Spectre tables on a terminal; plain aligned text when redirected.</summary>
    Table,
    /// <summary>One JSON document: an array of results (or one object for a single result).</summary>
    Json,
    /// <summary>JSON Lines: one object per result, one per line, written as results arrive.</summary>
    Jsonl,
    /// <summary>A header line, then one row per result.</summary>
    Csv,
}
