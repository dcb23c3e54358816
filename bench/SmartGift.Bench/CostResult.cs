namespace SmartGift.Bench;

/// <summary>One child's measurement: CPU per sale over the measured sales.</summary>
internal sealed record CostSample(string Mode, double CpuMicrosecondsPerSale, double WallMs, int Sales, int Ok, string? Problem)
{
    public double PerSecond => Ok / (WallMs / 1000);
}

/// <summary>The best sample of each mode; the goal is SaleImport over the bare loop.</summary>
internal sealed record CostResult(CostSample Bare, CostSample Client, CostSample Import, CostSample? Journaled)
{
    public double ClientRatio => Client.CpuMicrosecondsPerSale / Bare.CpuMicrosecondsPerSale;
    public double Ratio => Import.CpuMicrosecondsPerSale / Bare.CpuMicrosecondsPerSale;
    public double? JournaledRatio => Journaled == null ? null : Journaled.CpuMicrosecondsPerSale / Bare.CpuMicrosecondsPerSale;
}
