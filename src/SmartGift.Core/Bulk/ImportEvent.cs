namespace SmartGift;

/// <summary>What an import hands back to its host: a result (OrderResult, RedemptionResult) or progress.</summary>
public abstract class ImportEvent
{
}
