using System.Collections.Generic;
using System.Linq;

namespace SmartGift.Testing.SharedCases;

/// <summary>Accepted, or refused with the field names a 422's errors object holds (order does not matter).</summary>
public sealed class CaseOutcome
{
    public CaseOutcome(bool accepted, IEnumerable<string> fields, string? reason)
    {
        Accepted = accepted;
        Fields = fields.OrderBy(f => f, System.StringComparer.Ordinal).ToArray();
        Reason = reason;
    }

    public bool Accepted { get; }
    public IReadOnlyList<string> Fields { get; }

    /// <summary>Why the client answers differently from the API (only on a client difference).</summary>
    public string? Reason { get; }

    /// <summary>"accepted" or "refused: a, b", to compare and to show in a failure.</summary>
    public string Describe() => Accepted ? "accepted" : "refused: " + string.Join(", ", Fields);

    public static string Describe(bool accepted, IEnumerable<string> fields) => new CaseOutcome(accepted, fields, null).Describe();
}
