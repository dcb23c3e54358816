namespace SmartGift.Cli;

/// <summary>--encoding and --delimiter: how an input CSV file is read (docs/csv-format.md).</summary>
internal sealed class CsvFileOptions
{
    public Option<string> Encoding { get; } = new Option<string>("--encoding")
    {
        Description = "The text encoding of a file without a byte order mark: utf-8 (default; anything else is refused) or windows-1252 (Excel's \"CSV (Comma delimited)\" on Windows).",
        HelpName = "NAME",
        DefaultValueFactory = _ => "utf-8",
    }.AcceptOnlyFromAmong("utf-8", "windows-1252");

    public Option<string> Delimiter { get; } = new Option<string>("--delimiter")
    {
        Description = "The field separator: , (default), ; (Excel in many European locales), tab or |.",
        HelpName = "SEP",
        DefaultValueFactory = _ => ",",
    }.AcceptOnlyFromAmong(",", ";", "tab", "|");

    public CsvReadOptions From(ParseResult parse) => new CsvReadOptions
    {
        // Windows-1252 is not built into .NET: the code-pages provider (part of the runtime) supplies it.
        Encoding = parse.GetValue(Encoding) == "windows-1252" ? CodePagesEncodingProvider.Instance.GetEncoding(1252) : null,
        Delimiter = parse.GetValue(Delimiter) switch { ";" => ';', "tab" => '\t', "|" => '|', _ => ',' },
    };
}
