namespace SmartGift;

/// <summary>One data record of a CSV file: the values of the known columns, and what was wrong reading it.</summary>
internal sealed class CsvRecord
{
    public CsvRecord(long rowNumber, long lineNumber, string?[] values, IReadOnlyList<RecordProblem> problems)
    {
        RowNumber = rowNumber;
        LineNumber = lineNumber;
        Values = values;
        Problems = problems;
    }

    /// <summary>1-based data record number (the header not counted).</summary>
    public long RowNumber { get; }
    /// <summary>The physical line where the record starts.</summary>
    public long LineNumber { get; }
    /// <summary>Indexed like the table's known columns; null when the column is absent or the value was refused.</summary>
    public string?[] Values { get; }
    public IReadOnlyList<RecordProblem> Problems { get; }
    public string Location => "line " + LineNumber;
}
