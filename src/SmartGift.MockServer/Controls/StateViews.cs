using SmartGift.MockServer.Faults;
using SmartGift.MockServer.Http;
using SmartGift.MockServer.State;

namespace SmartGift.MockServer.Controls;

/// <summary>The JSON the /_mock/ controls show for stored orders, vouchers, redemptions, requests and faults.</summary>
internal static class StateViews
{
    public static JsonObject Order(Order order) => new JsonObject
    {
        ["order_id"] = order.OrderId,
        ["requested_order_id"] = order.RequestedOrderId,
        ["company"] = order.Company,
        ["path"] = order.Path,
        ["created_at"] = order.CreatedAt.ToString("O"),
        ["delivery_date"] = order.DeliveryDate?.ToString("O"),
        ["delivery_date_status"] = order.DeliveryDateStatus,
        ["total"] = Money.TwoDecimals(order.Total),
        ["voucher_numbers"] = new JsonArray(order.VoucherNumbers.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
        ["cart"] = order.Cart?.DeepClone(),
    };

    public static JsonObject Voucher(IssuedVoucher voucher, System.DateTimeOffset now)
    {
        var hold = voucher.ActiveHoldAt(now);
        return new JsonObject
        {
            ["voucher_no"] = voucher.VoucherNo,
            ["company"] = voucher.Company.Name,
            ["type"] = voucher.IsExperience ? "experience" : "monetary",
            ["catalogue_id"] = voucher.CatalogueId,
            ["order_id"] = voucher.OrderId,
            ["value"] = Money.TwoDecimals(voucher.Value),
            ["balance"] = voucher.IsExperience ? null : Money.TwoDecimals(voucher.Balance),
            ["experiences"] = new JsonArray(voucher.Experiences.Select(e => (JsonNode)new JsonObject
            {
                ["id"] = e.Id,
                ["name"] = e.Name,
                ["bit_value"] = e.BitValue,
                ["used"] = (voucher.UsedBits & e.BitValue) != 0,
            }).ToArray()),
            ["used_bits"] = voucher.UsedBits,
            ["fully_redeemed"] = voucher.IsFullyRedeemed,
            ["valid_from"] = voucher.ValidFrom?.ToString("O"),
            ["valid_until"] = voucher.ValidUntil?.ToString("O"),
            ["issued_at"] = voucher.IssuedAt?.ToString("O"),
            ["hold"] = hold == null ? null : new JsonObject
            {
                ["hold_token"] = hold.Token,
                ["created_at"] = hold.CreatedAt.ToString("O"),
                ["expires_at"] = hold.ExpiresAt.ToString("O"),
            },
        };
    }

    public static JsonObject Redemption(RedemptionRecord record) => new JsonObject
    {
        ["id"] = record.Id,
        ["voucher_no"] = record.VoucherNo,
        ["company"] = record.Company,
        ["site_id"] = record.SiteId,
        ["type"] = record.Type,
        ["amount"] = record.Amount.HasValue ? Money.TwoDecimals(record.Amount.Value) : null,
        ["experience_id"] = record.ExperienceId,
        ["experience_name"] = record.ExperienceName,
        ["bit_value"] = record.BitValue,
        ["with_hold_token"] = record.WithHoldToken,
        ["created_at"] = record.CreatedAt.ToString("O"),
    };

    public static JsonObject Request(RequestLogEntry entry) => new JsonObject
    {
        ["sequence"] = entry.Sequence,
        ["method"] = entry.Method,
        ["path"] = entry.Path,
        ["status"] = entry.Status,
        ["time"] = entry.Time.ToString("O"),
        ["key"] = entry.Key,
        ["fault"] = entry.Fault,
        ["aborted"] = entry.Aborted,
    };

    public static JsonObject Fault(FaultRule rule) => new JsonObject
    {
        ["id"] = rule.Id,
        ["method"] = rule.Method,
        ["path"] = rule.Path,
        ["kind"] = FaultKindNames.ToWire(rule.Kind),
        ["status"] = rule.Kind == FaultKind.FailBefore ? rule.Status : null,
        ["latency_ms"] = rule.Kind == FaultKind.Latency ? rule.LatencyMs : null,
        ["count"] = rule.Count,
        ["probability"] = rule.Probability,
        ["fired"] = rule.Fired,
    };
}
