namespace SmartGift.MockServer.Faults;

/// <summary>What the faults decided for one request: a delay, then at most one outcome.</summary>
internal readonly record struct FaultPlan(int LatencyMs, FaultRule? Outcome);
