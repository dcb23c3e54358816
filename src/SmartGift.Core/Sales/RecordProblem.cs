namespace SmartGift;

/// <summary>Why one record (or one field of it) was refused before anything was sent.</summary>
public sealed class RecordProblem(string location, string field, string message)
{
    /// <summary>"line 7", "row 6", or "order 123".</summary>
    public string Location { get; } = location;
    /// <summary>The CSV column (snake_case) or the API's dotted field name.</summary>
    public string Field { get; } = field;
    /// <summary>A sentence naming the field and the reason, the offending value quoted and cut short.</summary>
    public string Message { get; } = message;

    /// <summary>"line 7: price '12.345' has more than two decimals".</summary>
    // A record given on the command line has no location: the message alone says it.
    public override string ToString() => Location.Length == 0 ? Message : Location + ": " + Message;
}
