using System.Text.Json.Serialization;

namespace SmartGift;

/// <summary>
/// The wire's serializers, generated at build time: no reflection over the models when a command
/// starts. Request bodies come out as the reflection serializer with default options writes them
/// (WireJsonTests compares the two on the sample bodies, so journal hashes do not move); list
/// entries are read one by one (ListReader).
/// </summary>
[JsonSerializable(typeof(SaleRequest))]
[JsonSerializable(typeof(RedeemRequest))]
[JsonSerializable(typeof(HoldRequest))]
[JsonSerializable(typeof(VoucherEntry))]
[JsonSerializable(typeof(ExperienceEntry))]
[JsonSerializable(typeof(ListEntry))]
internal sealed partial class WireJsonContext : JsonSerializerContext
{
}
