namespace SmartGift;

/// <summary>What POST /pos-sale answered: Smart Gift's order id, which may differ from the one sent.</summary>
public sealed class SaleResponse(string orderId)
{
    public string OrderId { get; } = orderId;
}
