namespace SmartGift;

/// <summary>What POST /pos-sale answered: Smart Gift's order id, which may differ from the one sent.</summary>
public sealed class SaleResponse
{
    public SaleResponse(string orderId) { OrderId = orderId; }
    public string OrderId { get; }
}
