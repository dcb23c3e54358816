using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace SmartGift.Testing.SharedCases;

/// <summary>
/// Reads sale-cases.json and redeem-cases.json (embedded in this assembly): each case's body is
/// the file's base changed by its 'set' and 'remove' paths (dotted, as the API names fields).
/// </summary>
public static class SharedCaseTable
{
    private static readonly Lazy<IReadOnlyList<SharedCase>> SalesTable = new Lazy<IReadOnlyList<SharedCase>>(() => Load("sale-cases.json"));
    private static readonly Lazy<IReadOnlyList<SharedCase>> RedemptionsTable = new Lazy<IReadOnlyList<SharedCase>>(() => Load("redeem-cases.json"));

    /// <summary>POST /pos-sale bodies (document 000).</summary>
    public static IReadOnlyList<SharedCase> Sales => SalesTable.Value;

    /// <summary>POST /redeem bodies (document 003).</summary>
    public static IReadOnlyList<SharedCase> Redemptions => RedemptionsTable.Value;

    /// <summary>Case names as theory data: one test per case, named in the test run.</summary>
    public static IEnumerable<object[]> Names(IReadOnlyList<SharedCase> table) => table.Select(c => new object[] { c.Name });

    public static SharedCase Find(IReadOnlyList<SharedCase> table, string name) =>
        table.Single(c => c.Name == name);

    private static IReadOnlyList<SharedCase> Load(string file)
    {
        var assembly = typeof(SharedCaseTable).Assembly;
        using var stream = assembly.GetManifestResourceStream("SharedCases." + file)
            ?? throw new InvalidOperationException("SharedCases/" + file + " is not embedded in " + assembly.GetName().Name + ".");
        using var reader = new StreamReader(stream);
        var document = JsonNode.Parse(reader.ReadToEnd())!.AsObject();
        var baseBody = document["base"]!.AsObject();
        var cases = document["cases"]!.AsArray().Select(n => Read(n!.AsObject(), baseBody, file)).ToList();
        var repeated = cases.GroupBy(c => c.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (repeated.Count > 0)
        {
            throw new InvalidDataException(file + ": case names must be unique: " + string.Join(", ", repeated));
        }

        return cases;
    }

    private static SharedCase Read(JsonObject entry, JsonObject baseBody, string file)
    {
        var name = (string?)entry["name"] ?? throw new InvalidDataException(file + ": a case has no name.");
        var body = (JsonObject)baseBody.DeepClone();
        if (entry["set"] is JsonObject set)
        {
            foreach (var pair in set)
            {
                Set(body, pair.Key, Value(pair.Value));
            }
        }

        if (entry["remove"] is JsonArray remove)
        {
            foreach (var path in remove)
            {
                Remove(body, (string)path!);
            }
        }

        var api = Outcome(entry, name, file, reasonRequired: false)!;
        var client = entry["client"] is JsonObject difference ? Outcome(difference, name, file, reasonRequired: true) : null;
        return new SharedCase(name, body, api, client, (string?)entry["before"], (string?)entry["note"]);
    }

    private static CaseOutcome Outcome(JsonObject entry, string name, string file, bool reasonRequired)
    {
        var outcome = (string?)entry["outcome"];
        var fields = (entry["fields"] as JsonArray)?.Select(f => (string)f!).ToList() ?? new List<string>();
        var reason = (string?)entry["reason"];
        if (outcome != "accepted" && outcome != "refused")
        {
            throw new InvalidDataException(file + ", '" + name + "': outcome must be 'accepted' or 'refused'.");
        }

        if ((outcome == "refused") != (fields.Count > 0))
        {
            throw new InvalidDataException(file + ", '" + name + "': a refusal names its fields, an acceptance none.");
        }

        if (reasonRequired && string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidDataException(file + ", '" + name + "': a client difference says why.");
        }

        return new CaseOutcome(outcome == "accepted", fields, reason);
    }

    /// <summary>{"$repeat": "a", "times": 257, "suffix": "@x.com"} is that text 257 times, then the suffix; any other value is used as it is.</summary>
    private static JsonNode? Value(JsonNode? node)
    {
        if (node is JsonObject spec && spec["$repeat"] is JsonNode text)
        {
            return JsonValue.Create(string.Concat(Enumerable.Repeat((string)text!, (int)spec["times"]!)) + (string?)spec["suffix"]);
        }

        return node?.DeepClone();
    }

    private static void Set(JsonObject body, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var parent = Walk(body, parts, path);
        var last = parts[parts.Length - 1];
        if (parent is JsonArray array)
        {
            var index = int.Parse(last, CultureInfo.InvariantCulture);
            if (index == array.Count)
            {
                array.Add(value);
            }
            else
            {
                array[index] = value;
            }
        }
        else
        {
            parent.AsObject()[last] = value;
        }
    }

    private static void Remove(JsonObject body, string path)
    {
        var parts = path.Split('.');
        var parent = Walk(body, parts, path);
        var last = parts[parts.Length - 1];
        if (parent is JsonArray array)
        {
            array.RemoveAt(int.Parse(last, CultureInfo.InvariantCulture));
        }
        else if (!parent.AsObject().Remove(last))
        {
            throw new InvalidDataException("'" + path + "' is not in the base body.");
        }
    }

    /// <summary>The object or array that holds the last part of the path; every part before it must exist.</summary>
    private static JsonNode Walk(JsonObject body, string[] parts, string path)
    {
        JsonNode node = body;
        foreach (var part in parts.Take(parts.Length - 1))
        {
            node = (node is JsonArray array ? array[int.Parse(part, CultureInfo.InvariantCulture)] : node.AsObject()[part])
                ?? throw new InvalidDataException("'" + path + "' goes through a part that is not in the base body.");
        }

        return node;
    }
}
