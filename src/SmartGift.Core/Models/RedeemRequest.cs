namespace SmartGift
{
    /// <summary>
    /// The body of POST /redeem. Exactly one of Amount (monetary voucher) or ExperienceBits
    /// (sum of the chosen experiences' bit_values) is set; both are sent as "value".
    /// </summary>
    public sealed class RedeemRequest
    {
        public string VoucherNumber { get; set; } = "";
        public string SiteId { get; set; } = "";
        public decimal? Amount { get; set; }
        public long? ExperienceBits { get; set; }
        public string? HoldToken { get; set; }
    }
}
