namespace SmartGift;

/// <summary>
/// Checks one redemption row and builds its /redeem body: voucher_no required; site_id from the
/// row or the session's default; exactly one of value (money above 0) or experiences (names
/// resolved against the catalogue, or Experience objects used as given); hold_token passed on.
/// </summary>
internal static class RedemptionPlanner
{
    public static RedemptionPlan Plan(RedemptionRow row, IReadOnlyList<Voucher>? catalogue, string? defaultSiteId)
    {
        if (row == null) throw new ArgumentNullException(nameof(row));
        var problems = new ProblemList();
        problems.AddRange(row.ReadProblems);
        var at = row.Location;

        var voucherNo = RowText.Clean(row.VoucherNumber);
        problems.AddRequired(at, row.ReadProblems, "voucher_no", voucherNo, "the number of the issued voucher, e.g. DEMO000001");

        var site = RowText.Clean(row.SiteId) ?? RowText.Clean(defaultSiteId);
        problems.AddRequired(at, row.ReadProblems, "site_id", site, "give it on the row or set a default site");

        var hold = RowText.Clean(row.HoldToken);
        problems.AddLimit(at, "hold_token", hold);
        problems.AddLimit(at, "reference", RowText.Clean(row.Reference));

        var valueText = RowText.Clean(row.Value);
        // "Spa Access;Massage" as one value (Import-Csv in PowerShell) means two names, as in the CSV column.
        var names = (row.ExperienceNames ?? Array.Empty<string>()).SelectMany(n => (n ?? "").Split(';'))
            .Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
        var objects = (row.Experiences ?? Array.Empty<Experience>()).ToList();
        var givenExperiences = names.Count > 0 || objects.Count > 0;
        var shownNames = objects.Count > 0 ? objects.Select(e => e?.Name ?? "").ToList() : names;

        decimal? amount = null;
        long? bits = null;
        var needsCatalogue = false;
        if (valueText != null && givenExperiences)
            problems.Add(at, "value", "give either value (money) or experiences, not both");
        else if (valueText == null && !givenExperiences)
        {
            if (!RowText.Unreadable(row.ReadProblems, "value") && !RowText.Unreadable(row.ReadProblems, "experiences"))
                problems.Add(at, "value", "give value (money to redeem, e.g. 10.00) or experiences (names separated by ';')");
        }
        else if (valueText != null)
        {
            amount = MoneyText.Parse(valueText, out var reason, mustBePositive: true);
            if (reason != null) problems.Add(at, "value", "value " + reason);
        }
        else if (objects.Count > 0)
        {
            if (names.Count > 0) problems.Add(at, "experiences", "give experience names or experience objects, not both");
            else bits = Bits(problems, at, () => objects);
        }
        else if (catalogue == null) needsCatalogue = true;
        else bits = Bits(problems, at, () =>
        {
            var resolved = ExperienceResolver.Resolve(catalogue, names, RowText.Clean(row.CatalogueVoucherId));
            shownNames = resolved.Select(e => e.Name).ToList();
            return resolved;
        });

        var request = voucherNo == null || site == null ? null : new RedeemRequest
        {
            VoucherNumber = voucherNo,
            SiteId = site,
            Amount = amount,
            ExperienceBits = bits,
            HoldToken = hold,
        };
        if (amount == null && bits == null) request = null;
        // The same rules as a request given whole (RedeemAsync): a safety net, silent when the checks above are complete.
        if (request != null && problems.Count == 0) problems.AddRange(RedeemValidator.Validate(request, at));
        return new RedemptionPlan(request, problems.Items, shownNames, needsCatalogue);
    }

    /// <summary>The experiences' bit sum, or null and the resolver's refusal (its message is the row's sentence).</summary>
    private static long? Bits(ProblemList problems, string at, Func<IEnumerable<Experience>> experiences)
    {
        try { return ExperienceResolver.BitSum(experiences()); }
        catch (ArgumentException e) { problems.Add(at, "experiences", "experiences: " + e.Message); return null; }
    }
}
