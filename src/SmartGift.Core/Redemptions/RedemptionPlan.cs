namespace SmartGift;

/// <summary>
/// What one redemption row becomes: the /redeem body when it is valid, or its problems; or,
/// when it names experiences and no catalogue was given, NeedsCatalogue (plan again with one).
/// </summary>
internal sealed class RedemptionPlan(RedeemRequest? request, IReadOnlyList<RecordProblem> problems, IReadOnlyList<string> experienceNames,
    bool needsCatalogue)
{
    public RedeemRequest? Request { get; } = problems.Count == 0 && !needsCatalogue ? request : null;
    public IReadOnlyList<RecordProblem> Problems { get; } = problems;
    /// <summary>The experiences redeemed: catalogue names once resolved, else as given.</summary>
    public IReadOnlyList<string> ExperienceNames { get; } = experienceNames;
    /// <summary>Experience names were given but no catalogue: fetch it (GET /vouchers) and plan again.</summary>
    public bool NeedsCatalogue { get; } = needsCatalogue;
    public bool IsValid => Request != null;
}
