namespace SmartGift.Cli;

/// <summary>
/// A CSV argument of `-` is standard input (`gunzip -c sales.csv.gz | smartgift sale import - ...`).
/// Read as bytes (StandardInput), with the same encoding rules as a file; with --api-key-stdin the
/// key is the first line and the CSV follows.
/// </summary>
internal static class CsvSource
{
    public const string StandardInput = "-";

    public static bool IsStandardInput(string? path) => path == StandardInput;

    /// <summary>How the source is named in messages and warnings.</summary>
    public static string Describe(string path) => IsStandardInput(path) ? "standard input" : path;

    /// <summary>The source as the ledger records it: the full path, so it still says which file on another day.</summary>
    public static string Recorded(string path) => IsStandardInput(path) ? "standard input" : System.IO.Path.GetFullPath(path);
}
