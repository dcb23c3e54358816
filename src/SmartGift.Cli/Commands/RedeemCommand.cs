using System;
using System.CommandLine;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Bulk;
using SmartGift.Cli.Running;

namespace SmartGift.Cli.Commands
{
    /// <summary>
    /// smartgift redeem VOUCHER_NO: one redemption, by value or by experience names, through the
    /// same RedemptionImport as the bulk form (so both check and report identically).
    /// </summary>
    public static class RedeemCommand
    {
        public static Command Create(CommandAction action)
        {
            var voucher = new Argument<string?>("VOUCHER_NO") { Description = "The voucher number to redeem.", Arity = ArgumentArity.ZeroOrOne };
            var value = new Option<string?>("--value") { Description = "The amount to redeem from a monetary voucher, e.g. 10.00.", HelpName = "N" };
            var experiences = new Option<string[]>("--experience")
            {
                Description = "Experience names to redeem from an experience voucher (repeat, or list several).",
                HelpName = "NAME",
                AllowMultipleArgumentsPerToken = true,
            };
            var site = new Option<string?>("--site") { Description = "The site id (default: SMARTGIFT_SITE_ID).", HelpName = "ID" };
            var holdToken = new Option<string?>("--hold-token") { Description = "The token from `smartgift hold`.", HelpName = "T" };
            var catalogueVoucher = new Option<string?>("--catalogue-voucher") { Description = "The catalogue voucher whose experiences the names refer to, when a name is ambiguous.", HelpName = "ID" };

            var command = new Command("redeem", "Redeem a voucher (POST /redeem): --value for money, --experience for experiences.")
            {
                voucher, value, experiences, site, holdToken, catalogueVoucher,
                RedeemImportCommand.Create(action),
            };
            command.SetAction(action.For((parse, context) =>
            {
                var number = parse.GetValue(voucher);
                var amount = parse.GetValue(value);
                var names = parse.GetValue(experiences) ?? Array.Empty<string>();
                if (string.IsNullOrWhiteSpace(number)) throw CliException.Usage("redeem needs a VOUCHER_NO (or use `smartgift redeem import FILE.csv`).");
                if ((amount == null) == (names.Length == 0)) throw CliException.Usage("give exactly one of --value (a monetary voucher) or --experience (an experience voucher).");

                var row = new RedemptionRow
                {
                    RowNumber = 1,
                    VoucherNumber = number,
                    SiteId = parse.GetValue(site),
                    Value = amount,
                    ExperienceNames = names.ToList(),
                    CatalogueVoucherId = parse.GetValue(catalogueVoucher),
                    HoldToken = parse.GetValue(holdToken),
                };
                return Task.FromResult(Run(context, row));
            }));
            return command;
        }

        private static int Run(CommandContext context, RedemptionRow row)
        {
            using var session = context.OpenSession(announceWaits: false);
            var tally = RedemptionRun.Run(context, session, new[] { row }, new RedemptionImportOptions { MaxConcurrency = 1 }, "Redeeming " + row.VoucherNumber);
            return tally.ExitCode(context.Cancellation.IsCancellationRequested);
        }
    }
}
