namespace SmartGift
{
    public enum ReconciliationStatus
    {
        Confirmed,
        Failed,
        Unknown,
        /// <summary>In the source, never sent (or refused locally).</summary>
        NotSent,
        /// <summary>In the journal, not in the source.</summary>
        NotInSource,
    }
}
