namespace SmartGift;

/// <summary>What the CSV reader sets on a row of either kind (SaleRow, RedemptionRow) beside its columns' values.</summary>
internal interface ISourceRow
{
    long RowNumber { get; set; }
    long? LineNumber { get; set; }
    IReadOnlyList<RecordProblem> ReadProblems { get; set; }
}
