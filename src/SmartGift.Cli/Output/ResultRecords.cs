namespace SmartGift.Cli;

/// <summary>Core results as output records: snake_case names like the API's, every field present (null when empty).</summary>
internal static class ResultRecords
{
    public static OutputRecord Order(OrderResult result) => new OutputRecord()
        .Add("status", result.Status.ToString())
        .Add("order_id", result.OrderId)
        .Add("smartgift_order_id", result.SmartGiftOrderId)
        .Add("total", result.Total)
        .Add("items", result.Items)
        .Add("error_kind", result.Error?.Kind.ToString())
        .Add("error", result.Error?.Message)
        .Add("problems", Problems(result.Problems))
        .Add("warnings", result.Warnings)
        .Add("detail", result.Detail);

    public static OutputRecord Redemption(RedemptionResult result) => new OutputRecord()
        .Add("status", result.Status.ToString())
        .Add("reference", result.Reference)
        .Add("voucher_no", result.VoucherNumber)
        .Add("site_id", result.SiteId)
        .Add("amount", result.Amount)
        .Add("experience_bits", result.ExperienceBits)
        .Add("experiences", result.Experiences)
        .Add("value", result.Value)
        .Add("sent", result.Sent)
        .Add("redemption_ids", result.RedemptionIds)
        .Add("needs_attention", result.NeedsAttention)
        .Add("contradiction", result.Contradiction)
        .Add("message", result.Message)
        .Add("error_kind", result.Error?.Kind.ToString())
        .Add("error", result.Error?.Message)
        .Add("problems", Problems(result.Problems))
        .Add("detail", result.Detail);

    public static OutputRecord Reconciliation(ReconciliationRow row) => new OutputRecord()
        .Add("status", row.Status.ToString())
        .Add("order_id", row.OrderId)
        .Add("line", row.Line)
        .Add("local_total", row.LocalTotal)
        .Add("smartgift_order_id", row.SmartGiftOrderId)
        .Add("detail", row.Detail);

    public static OutputRecord Reconciliation(RedemptionReconciliationRow row) => new OutputRecord()
        .Add("status", row.Status.ToString())
        .Add("reference", row.Reference)
        .Add("line", row.Line)
        .Add("voucher_no", row.VoucherNumber)
        .Add("amount", row.Amount)
        .Add("redemption_ids", row.RedemptionIds)
        .Add("needs_attention", row.NeedsAttention)
        .Add("detail", row.Detail);

    public static OutputRecord Voucher(Voucher voucher) => new OutputRecord()
        .Add("id", voucher.Id)
        .Add("name", voucher.Name)
        .Add("type", voucher.Type.ToString().ToLowerInvariant())
        .Add("status", voucher.Status == VoucherStatus.Other ? voucher.StatusText : voucher.Status.ToString().ToLowerInvariant())
        .Add("price", voucher.Price)
        .Add("experiences", voucher.Experiences.Select(Experience).ToList());

    public static OutputRecord PaymentMethod(PaymentMethod method) => new OutputRecord()
        .Add("id", method.Id)
        .Add("name", method.Name);

    public static OutputRecord Hold(VoucherHold hold) => new OutputRecord()
        .Add("voucher_no", hold.VoucherNumber)
        .Add("hold_token", hold.HoldToken)
        .Add("expires_at", hold.ExpiresAt)
        .Add("message", hold.Message);

    private static OutputRecord Experience(Experience experience) =>
        new OutputRecord(experience.Name + " (" + experience.BitValue + ")")
            .Add("id", experience.Id)
            .Add("name", experience.Name)
            .Add("bit_value", experience.BitValue);

    private static IReadOnlyList<OutputRecord> Problems(IReadOnlyList<RecordProblem> problems) =>
        problems.Select(p => new OutputRecord(p.ToString())
            .Add("location", p.Location)
            .Add("field", p.Field)
            .Add("message", p.Message)).ToList();
}
