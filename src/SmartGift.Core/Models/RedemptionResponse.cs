namespace SmartGift;

/// <summary>What POST /redeem answered: the message and the ids of the redemption records created.</summary>
public sealed class RedemptionResponse(string message, IReadOnlyList<string> redemptionIds)
{
    public string Message { get; } = message;
    public IReadOnlyList<string> RedemptionIds { get; } = redemptionIds;
}
