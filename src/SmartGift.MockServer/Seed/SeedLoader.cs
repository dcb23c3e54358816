using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmartGift.MockServer.Seed
{
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

        public static SeedDocument Load(string? path)
        {
            return path == null ? LoadBuiltIn() : LoadFile(path);
        }

        public static SeedDocument LoadBuiltIn()
        {
            var assembly = typeof(SeedLoader).Assembly;
            var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("demo-seed.json", StringComparison.Ordinal));
            using var stream = assembly.GetManifestResourceStream(name)!;
            return Parse(stream, "the built-in seed");
        }

        public static SeedDocument LoadFile(string path)
        {
            using var stream = File.OpenRead(path);
            return Parse(stream, path);
        }

        private static SeedDocument Parse(Stream stream, string source)
        {
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

            foreach (var company in document.Companies)
            {
                if (company.ApiKeys.Count == 0 || string.IsNullOrWhiteSpace(company.VoucherPrefix))
                {
                    throw new InvalidDataException($"Seed {source}: company '{company.Name}' needs api_keys and a voucher_prefix.");
                }
            }

            return document;
        }
    }
}
