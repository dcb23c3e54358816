using System.Text.Json.Serialization;
using SmartGift.Models;

namespace SmartGift.Json
{
    /// <summary>
    /// The request bodies' serializers, generated at build time: no reflection over the models when
    /// a command starts, and the same bytes as the reflection serializer with default options
    /// (WireJsonTests compares the two on the sample bodies, so journal hashes do not move).
    /// </summary>
    [JsonSerializable(typeof(SaleRequest))]
    [JsonSerializable(typeof(RedeemRequest))]
    [JsonSerializable(typeof(HoldRequest))]
    internal sealed partial class WireJsonContext : JsonSerializerContext
    {
    }
}
