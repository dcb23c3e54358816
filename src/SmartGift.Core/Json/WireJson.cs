using System.Reflection;
using System.Text.Json.Serialization.Metadata;

namespace SmartGift;

/// <summary>
/// The one serializer of request bodies: the request models with their converters (money with
/// two decimals, ids as document 000 shows them), nulls written. What is sent is what the
/// journal hashes (RecordKey), so a body has one form only. The serializers are generated
/// (WireJsonContext); only Version10Text, for journals of version 1.0, reflects.
/// </summary>
internal static class WireJson
{
    /// <summary>The models as journals of version 1.0 hashed them: declaration order, no converters ("150" and "150.00" apart).</summary>
    private static readonly JsonSerializerOptions Version10 = new JsonSerializerOptions
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AsDeclared } },
    };

    public static byte[] Body(SaleRequest request) => JsonSerializer.SerializeToUtf8Bytes(request, WireJsonContext.Default.SaleRequest);

    public static byte[] Body(RedeemRequest request) => JsonSerializer.SerializeToUtf8Bytes(request, WireJsonContext.Default.RedeemRequest);

    public static byte[] Body(HoldRequest request) => JsonSerializer.SerializeToUtf8Bytes(request, WireJsonContext.Default.HoldRequest);

    /// <summary>Reflection, on purpose: a rerun or a reconciliation of a journaled order calls it, never a first send.</summary>
    public static string Version10Text(SaleRequest sale) => JsonSerializer.Serialize(sale, Version10);

    private static void AsDeclared(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        var declared = info.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToList();
        var properties = info.Properties.Where(p => p.AttributeProvider is PropertyInfo).ToList();
        info.Properties.Clear();
        foreach (var property in properties.OrderBy(p => declared.IndexOf(((PropertyInfo)p.AttributeProvider!).Name)))
        {
            property.CustomConverter = null;
            property.Order = declared.IndexOf(((PropertyInfo)property.AttributeProvider!).Name);
            info.Properties.Add(property);
        }
    }
}
