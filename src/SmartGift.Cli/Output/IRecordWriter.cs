namespace SmartGift.Cli;

/// <summary>Writes results to standard output in the chosen format.</summary>
internal interface IRecordWriter : IDisposable
{
    void Write(OutputRecord record);

    /// <summary>Writes what is buffered (a table is laid out once all rows are known).</summary>
    void Complete();
}
