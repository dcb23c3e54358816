using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SmartGift.MockServer.Faults;
using SmartGift.MockServer.Http;
using SmartGift.MockServer.Routes;
using SmartGift.MockServer.Seed;
using SmartGift.MockServer.State;

namespace SmartGift.MockServer.Controls;

/// <summary>
/// What the /_mock/ controls show for stored orders, vouchers, redemptions, requests and faults, and
/// the catalogue lists: the state's own types in snake_case, in the order they declare their
/// properties, nulls written.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = [typeof(TwoDecimalsJson), typeof(RoundTripTimeJson), typeof(FaultKindJson)])]
[JsonSerializable(typeof(Order))]
[JsonSerializable(typeof(VoucherView))]
[JsonSerializable(typeof(RedemptionRecord))]
[JsonSerializable(typeof(RequestLogEntry))]
[JsonSerializable(typeof(FaultRule))]
[JsonSerializable(typeof(CatalogueEntry))]
[JsonSerializable(typeof(SeedPaymentMethod))]
internal sealed partial class StateJson : JsonSerializerContext
{
    public static JsonNode Node<T>(T value) =>
        JsonSerializer.SerializeToNode(value, (JsonTypeInfo<T>)Default.GetTypeInfo(typeof(T))!)!;
}

/// <summary>An issued voucher at a time: its hold only while active, and which experiences are used.</summary>
internal sealed record VoucherView(string VoucherNo, string Company, string Type, long? CatalogueId, string? OrderId,
    decimal Value, decimal? Balance, IReadOnlyList<ExperienceView> Experiences, int UsedBits, bool FullyRedeemed,
    DateTimeOffset? ValidFrom, DateTimeOffset? ValidUntil, DateTimeOffset? IssuedAt, VoucherHold? Hold)
{
    public static VoucherView At(IssuedVoucher v, DateTimeOffset now) => new(
        v.VoucherNo, v.Company.Name, v.IsExperience ? "experience" : "monetary", v.CatalogueId, v.OrderId, v.Value,
        v.IsExperience ? null : v.Balance,
        v.Experiences.Select(e => new ExperienceView(e.Id, e.Name, e.BitValue, (v.UsedBits & e.BitValue) != 0)).ToList(),
        v.UsedBits, v.IsFullyRedeemed, v.ValidFrom, v.ValidUntil, v.IssuedAt, v.ActiveHoldAt(now));
}

internal sealed record ExperienceView(long Id, string Name, int BitValue, bool Used);

/// <summary>Money as a number with two decimals (150.50), whatever scale it was sent with.</summary>
internal sealed class TwoDecimalsJson : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(Money.TwoDecimals(value));
}

/// <summary>Times as "O" writes them, all seven fraction digits (System.Text.Json would trim trailing zeros).</summary>
internal sealed class RoundTripTimeJson : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("O", CultureInfo.InvariantCulture));
}

internal sealed class FaultKindJson() : JsonStringEnumConverter<FaultKind>(JsonNamingPolicy.SnakeCaseLower);
