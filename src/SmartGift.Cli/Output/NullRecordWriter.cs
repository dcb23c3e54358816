namespace SmartGift.Cli.Output;

/// <summary>Shows no records: for the demo, which tells each result in the shop's words instead.</summary>
internal sealed class NullRecordWriter : IRecordWriter
{
    public void Write(OutputRecord record) { }

    public void Complete() { }

    public void Dispose() { }
}
