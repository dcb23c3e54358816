using System.Collections.Generic;
using SmartGift.Bulk;

namespace SmartGift
{
    /// <summary>One result per redemption (Invoke-SgRedeem, smartgift redeem).</summary>
    public sealed class RedemptionResult : ImportEvent
    {
        public string Reference { get; set; } = "";
        public string VoucherNumber { get; set; } = "";
        public string? SiteId { get; set; }
        public RecordStatus Status { get; set; }
        /// <summary>The money redeemed, for a monetary voucher.</summary>
        public decimal? Amount { get; set; }
        /// <summary>The bit_value sum sent, for an experience voucher.</summary>
        public long? ExperienceBits { get; set; }
        public IReadOnlyList<string> Experiences { get; set; } = new List<string>();
        public IReadOnlyList<string> RedemptionIds { get; set; } = new List<string>();
        public string? Message { get; set; }
        public SmartGiftError? Error { get; set; }
        public IReadOnlyList<RecordProblem> Problems { get; set; } = new List<RecordProblem>();
        public string? Detail { get; set; }
        public object? SourceRow { get; set; }
    }
}
