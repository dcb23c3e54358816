namespace SmartGift.Cli;

/// <summary>One redemption goes through the same RedemptionImport as `redeem import`, so both check and report alike.</summary>
internal static class RedeemCommand
{
    public static Command Create(CommandAction action)
    {
        var voucher = new Argument<string?>("VOUCHER_NO") { Description = "The voucher number to redeem.", Arity = ArgumentArity.ZeroOrOne };
        var value = new Option<string?>("--value") { Description = "The amount to redeem from a monetary voucher, with a decimal point, e.g. 10.00.", HelpName = "N" };
        var experiences = new Option<string[]>("--experience")
        {
            Description = "Experience names to redeem from an experience voucher (repeat, or list several).",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = true,
        };
        var site = new Option<string?>("--site") { Description = "The site id (default: the profile's site, else SMARTGIFT_SITE_ID).", HelpName = "ID" };
        var holdToken = new Option<string?>("--hold-token") { Description = "The token from `smartgift hold`.", HelpName = "T" };
        var catalogueVoucher = new Option<string?>("--catalogue-voucher") { Description = "The catalogue voucher whose experiences the names refer to, when a name is ambiguous.", HelpName = "ID" };

        var command = new Command("redeem", "Redeem a voucher: --value for money, --experience for experiences; `redeem import` for a CSV file.")
        {
            voucher, value, experiences, site, holdToken, catalogueVoucher,
            ImportCommand.Create<RedeemRequest>(action,
                "Redeem vouchers listed in a CSV file or - for standard input (reference, voucher_no, site_id, value, experiences, hold_token).",
                [
                    "smartgift redeem import redemptions.csv --journal redemptions.journal.jsonl",
                    "smartgift redeem import - --journal redemptions.journal.jsonl < redemptions.csv",
                ],
                (parse, context, session, path, options, reading) =>
                {
                    using var reader = InputFile.OpenRedemptions(path, reading, context.Cancellation);
                    foreach (var problem in reader.HeaderProblems) context.Warn("warning: " + InputFile.Describe(path) + ": " + problem);
                    var activity = options.DryRun ? "Checking redemptions (dry run)" : "Redeeming";
                    return ImportRun.Redemptions(context, session, reader.ReadRows(), options, activity);
                }),
        }.WithExamples(
            "smartgift redeem DEMO000001 --value 10.00 --site 1",
            "smartgift redeem DEMO000006 --experience \"Spa Access\" Massage --site 1",
            "smartgift redeem DEMO000001 --value 10.00 --hold-token \"$(smartgift hold DEMO000001 -o json | jq -r .hold_token)\"",
            "smartgift redeem import redemptions.csv --journal redemptions.journal.jsonl");
        return action.Runs(command, (parse, context) =>
        {
            var number = parse.GetValue(voucher);
            var amount = parse.GetValue(value);
            var names = parse.GetValue(experiences) ?? Array.Empty<string>();
            if (string.IsNullOrWhiteSpace(number)) throw CliException.Usage("redeem needs a VOUCHER_NO (or use `smartgift redeem import FILE.csv`).");
            if ((amount == null) == (names.Length == 0)) throw CliException.Usage("give exactly one of --value (a monetary voucher) or --experience (an experience voucher).");
            // Digits with an optional point. A comma is refused, never guessed: 1,50 could be 150 or 1.50.
            if (amount != null && !decimal.TryParse(amount, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                throw CliException.Usage("--value '" + amount + "' is not an amount: write it with a decimal point and no thousands separator, e.g. 1.50.");

            var connection = Connection.Resolve(parse, context.Options, parse.GetValue(site));
            if (connection.SiteId == null)
                throw CliException.Usage("redeem needs the site where the voucher is used: give --site ID, set SMARTGIFT_SITE_ID, or use a profile with a site.");

            var row = new RedemptionRow
            {
                RowNumber = 1,
                VoucherNumber = number,
                SiteId = connection.SiteId,
                Value = amount,
                ExperienceNames = names.ToList(),
                CatalogueVoucherId = parse.GetValue(catalogueVoucher),
                HoldToken = parse.GetValue(holdToken),
                SingleWrite = true,
            };
            using var session = context.OpenSession(connection);
            var tally = ImportRun.Redemptions(context, session, new[] { row }, new ImportOptions<RedeemRequest> { MaxConcurrency = 1 }, "Redeeming " + row.VoucherNumber, single: true);
            return Task.FromResult(tally.ExitCode(context.Cancellation.IsCancellationRequested));
        });
    }
}
