using System.Text.Json.Nodes;

namespace SmartGift.Testing.SharedCases;

/// <summary>
/// One request body and what the Smart Gift API does with it (accepted, or refused naming these
/// fields), plus where the client deliberately answers otherwise and why.
/// </summary>
public sealed class SharedCase
{
    private readonly JsonObject _body;

    public SharedCase(string name, JsonObject body, CaseOutcome api, CaseOutcome? client, string? before, string? note)
    {
        Name = name;
        _body = body;
        Api = api;
        ClientDifference = client;
        Before = before;
        Note = note;
    }

    public string Name { get; }

    /// <summary>A fresh copy each time: callers may change it.</summary>
    public JsonObject Body => (JsonObject)_body.DeepClone();

    /// <summary>What the API (and so the mock server) answers.</summary>
    public CaseOutcome Api { get; }

    /// <summary>The client's own answer where it differs on purpose (with the reason); null when it is the API's.</summary>
    public CaseOutcome? ClientDifference { get; }

    /// <summary>What the client's rules must answer.</summary>
    public CaseOutcome Client => ClientDifference ?? Api;

    /// <summary>A step before the request: "hold" holds the body's voucher and puts its token where the body says {hold_token}.</summary>
    public string? Before { get; }

    public string? Note { get; }

    public override string ToString() => Name;
}
