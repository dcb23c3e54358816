using System;
using System.Collections.Generic;
using System.Text.Json;

namespace SmartGift.Testing;

/// <summary>An order the mock server stored (GET /_mock/orders); Cart is the cart exactly as posted.</summary>
public sealed record MockOrder
{
    public string OrderId { get; init; } = "";
    public string RequestedOrderId { get; init; } = "";
    public string Company { get; init; } = "";
    public string Path { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The future delivery date kept, or null when the order is delivered at once.</summary>
    public DateTimeOffset? DeliveryDate { get; init; }

    /// <summary>none, future, past or invalid: how the posted delivery_date was read.</summary>
    public string DeliveryDateStatus { get; init; } = "";
    public decimal Total { get; init; }
    public IReadOnlyList<string> VoucherNumbers { get; init; } = Array.Empty<string>();
    public JsonElement Cart { get; init; }
}
