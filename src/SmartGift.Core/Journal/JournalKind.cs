namespace SmartGift;

/// <summary>What a journal records; a sale journal is never used for redemptions, nor the reverse.</summary>
internal enum JournalKind
{
    Sale,
    Redemption,
}
