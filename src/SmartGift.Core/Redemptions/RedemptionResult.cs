using System.Collections.Generic;
using SmartGift.Bulk;

namespace SmartGift
{
    /// <summary>One result per redemption (Invoke-SgRedeem, smartgift redeem).</summary>
    public sealed class RedemptionResult : ImportEvent
    {
        private IReadOnlyList<RecordProblem> _problems = TextList<RecordProblem>.Empty;
        private IReadOnlyList<string> _redemptionIds = TextList<string>.Empty;
        private IReadOnlyList<string> _experiences = TextList<string>.Empty;

        public string Reference { get; set; } = "";
        public string VoucherNumber { get; set; } = "";
        public string? SiteId { get; set; }
        public RecordStatus Status { get; set; }
        /// <summary>The money redeemed, for a monetary voucher.</summary>
        public decimal? Amount { get; set; }
        /// <summary>The bit_value sum sent, for an experience voucher.</summary>
        public long? ExperienceBits { get; set; }
        public IReadOnlyList<string> Experiences { get => _experiences; set => _experiences = TextList<string>.Of(value); }
        public IReadOnlyList<string> RedemptionIds { get => _redemptionIds; set => _redemptionIds = TextList<string>.Of(value); }
        public string? Message { get; set; }
        public SmartGiftError? Error { get; set; }
        public IReadOnlyList<RecordProblem> Problems { get => _problems; set => _problems = TextList<RecordProblem>.Of(value); }
        public string? Detail { get; set; }
        public object? SourceRow { get; set; }
    }
}
