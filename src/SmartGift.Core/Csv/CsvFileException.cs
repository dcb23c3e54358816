namespace SmartGift;

/// <summary>
/// A CSV file refused as a whole, before anything was sent: it is not the text it claims to be,
/// or its header is split by another separator. The message names the line and says how to read
/// the file; hosts add the name of their own option (Problem, Delimiter).
/// </summary>
public sealed class CsvFileException(CsvFileProblem problem, long lineNumber, string message, char? delimiter = null)
    : IOException(message)
{
    public CsvFileProblem Problem { get; } = problem;
    /// <summary>The physical line (1 is the header) where the problem was found.</summary>
    public long LineNumber { get; } = lineNumber;
    /// <summary>For OtherDelimiter: the separator the header is split by.</summary>
    public char? Delimiter { get; } = delimiter;
}
