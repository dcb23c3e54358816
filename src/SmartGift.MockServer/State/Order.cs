namespace SmartGift.MockServer.State;

/// <summary>An accepted sale, kept with the cart exactly as it was posted.</summary>
/// <param name="DeliveryDate">The delivery date kept (a future date) or null when the order is delivered now.</param>
/// <param name="DeliveryDateStatus">How delivery_date was read: none, current, future, past or invalid.</param>
internal sealed record Order(string OrderId, string RequestedOrderId, string Company, string Path, DateTimeOffset CreatedAt,
    DateTimeOffset? DeliveryDate, string DeliveryDateStatus, decimal Total, List<string> VoucherNumbers, JsonNode? Cart);
