namespace SmartGift.Cli.Output;

/// <summary>
/// One JSON document on standard output, so `json.load`, `jq .` and ConvertFrom-Json read it
/// whole: an array for commands that list (written element by element as results arrive, so
/// memory stays flat and a stopped run still closes the array), an object for a command with
/// exactly one result (hold, a single redeem).
/// </summary>
internal sealed class JsonDocumentWriter : IRecordWriter
{
    private readonly TextWriter _out;
    private readonly bool _single;
    private int _count;
    private bool _completed;

    /// <param name="single">The command has one result: write it as an object, not an array.</param>
    public JsonDocumentWriter(TextWriter output, bool single)
    {
        _out = output;
        _single = single;
    }

    public void Write(OutputRecord record)
    {
        var text = JsonLinesWriter.Serialize(record, indented: true);
        if (_single)
        {
            _out.WriteLine(text);
        }
        else
        {
            _out.Write(_count == 0 ? "[\n" : ",\n");
            _out.Write(Indent(text));
        }
        _count++;
        _out.Flush();
    }

    public void Complete()
    {
        if (_completed) return;
        _completed = true;
        if (_single)
        {
            if (_count == 0) _out.WriteLine("null");
        }
        else
        {
            _out.WriteLine(_count == 0 ? "[]" : "\n]");
        }
        _out.Flush();
    }

    /// <summary>A run that ends on an error still leaves a whole document.</summary>
    public void Dispose() => Complete();

    private static string Indent(string text) => "  " + text.Replace("\n", "\n  ");
}
