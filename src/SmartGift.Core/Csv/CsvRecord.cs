namespace SmartGift;

/// <summary>One data record of a CSV file: the values of the known columns, and what was wrong reading it.</summary>
/// <param name="RowNumber">1-based data record number (the header not counted).</param>
/// <param name="LineNumber">The physical line where the record starts.</param>
/// <param name="Values">Indexed like the table's known columns; null when the column is absent or the value was refused.</param>
/// <param name="Problems">What was wrong reading it, each at its column.</param>
internal sealed record CsvRecord(long RowNumber, long LineNumber, string?[] Values, IReadOnlyList<RecordProblem> Problems)
{
    public string Location => "line " + LineNumber;
}
