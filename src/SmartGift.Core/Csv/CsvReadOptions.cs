namespace SmartGift;

/// <summary>How a CSV file is read (docs/csv-format.md): its text encoding and its field separator.</summary>
public sealed class CsvReadOptions
{
    /// <summary>
    /// The encoding of a file without a byte order mark; null means UTF-8, and then text that is
    /// not valid UTF-8 is refused. A byte order mark always wins.
    /// </summary>
    public Encoding? Encoding { get; set; }

    /// <summary>The most read from standard input or a pipe, which is copied once to a private temporary file before it is read (1 GB).</summary>
    public long MaxSpoolBytes { get; set; } = CsvFileText.MaxSpoolBytes;

    /// <summary>The field separator: ',' (the default), ';', tab or '|'.</summary>
    public char Delimiter { get; set; } = ',';

    /// <summary>The separators a file may use, in the order they are tried when the header does not parse.</summary>
    public static readonly char[] Delimiters = { ',', ';', '\t', '|' };

    /// <summary>"','", "';'", "tab": how a separator is named in messages.</summary>
    public static string Name(char delimiter) => delimiter == '\t' ? "tab" : "'" + delimiter + "'";

    /// <summary>These options, or the defaults; an unknown delimiter is refused.</summary>
    internal static CsvReadOptions Checked(CsvReadOptions? options)
    {
        options ??= new CsvReadOptions();
        if (Array.IndexOf(Delimiters, options.Delimiter) < 0)
            throw new ArgumentException("The delimiter must be one of ',', ';', tab or '|' (got " + Name(options.Delimiter) + ").");
        return options;
    }
}
