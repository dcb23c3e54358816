namespace SmartGift.MockServer.State;

/// <summary>An accepted sale, kept with the cart exactly as it was posted.</summary>
internal sealed class Order
{
    public string OrderId { get; set; } = "";
    public string RequestedOrderId { get; set; } = "";
    public string Company { get; set; } = "";
    public string Path { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The delivery date kept (a future date) or null when the order is delivered now.</summary>
    public DateTimeOffset? DeliveryDate { get; set; }

    /// <summary>How delivery_date was read: none, future, past or invalid.</summary>
    public string DeliveryDateStatus { get; set; } = "none";
    public decimal Total { get; set; }
    public List<string> VoucherNumbers { get; } = new List<string>();
    public JsonNode? Cart { get; set; }
}
