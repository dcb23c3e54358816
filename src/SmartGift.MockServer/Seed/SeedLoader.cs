using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmartGift.MockServer.Seed;

/// <summary>Reads a seed document: the built-in demo seed (an embedded resource) or a file of the same schema.</summary>
internal static class SeedLoader
{
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The seed file at <paramref name="path"/>, or the built-in demo seed (an embedded resource) when it is null.</summary>
    public static SeedDocument Load(string? path)
    {
        var assembly = typeof(SeedLoader).Assembly;
        using var stream = path != null
            ? File.OpenRead(path)
            : assembly.GetManifestResourceStream(assembly.GetManifestResourceNames().Single(n => n.EndsWith("demo-seed.json", StringComparison.Ordinal)))!;
        var source = path ?? "the built-in seed";
        SeedDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<SeedDocument>(stream, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"Seed {source} is not valid: {e.Message}", e);
        }

        if (document == null || document.Companies.Count == 0)
        {
            throw new InvalidDataException($"Seed {source} has no companies.");
        }

        // Refused: a seed the simulator could only misread (missing keys, duplicates, experience vouchers without experiences).
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var company in document.Companies)
        {
            if (company.ApiKeys.Count == 0 || string.IsNullOrWhiteSpace(company.VoucherPrefix))
            {
                throw new InvalidDataException($"Seed {source}: company '{company.Name}' needs api_keys and a voucher_prefix.");
            }

            foreach (var key in company.ApiKeys.Where(k => !keys.Add(k)))
            {
                throw new InvalidDataException($"Seed {source}: company '{company.Name}' repeats an API key of another company.");
            }

            foreach (var voucher in company.IssuedVouchers)
            {
                if (string.IsNullOrWhiteSpace(voucher.VoucherNo) || !numbers.Add(voucher.VoucherNo))
                {
                    throw new InvalidDataException($"Seed {source}: company '{company.Name}' has a missing or repeated voucher_no '{voucher.VoucherNo}'.");
                }

                var isExperience = string.Equals(voucher.Type, "experience", StringComparison.OrdinalIgnoreCase);
                if (isExperience && !company.Vouchers.Any(c => c.Id == voucher.CatalogueId && c.Experiences.Count > 0))
                {
                    throw new InvalidDataException($"Seed {source}: experience voucher '{voucher.VoucherNo}' needs a catalogue_id of a catalogue entry with experiences.");
                }
            }
        }

        return document;
    }
}
