namespace SmartGift;

/// <summary>What POST /redeem answered: the message and the ids of the redemption records created.</summary>
public sealed class RedemptionResponse
{
    public RedemptionResponse(string message, IReadOnlyList<string> redemptionIds)
    {
        Message = message;
        RedemptionIds = redemptionIds;
    }

    public string Message { get; }
    public IReadOnlyList<string> RedemptionIds { get; }
}
