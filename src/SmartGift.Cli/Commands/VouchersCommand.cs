using System.Text.RegularExpressions;

namespace SmartGift.Cli;

internal static class VouchersCommand
{
    public static Command Create(CommandAction action)
    {
        var name = new Option<string?>("--name") { Description = "Voucher name; wildcards * and ? (case-insensitive).", HelpName = "PATTERN" };
        var type = new Option<string?>("--type") { Description = "Only this type." }.OneOf("monetary", "experience");
        var status = new Option<string?>("--status") { Description = "Only this status." }.OneOf("active", "hidden", "disabled");

        var command = new Command("vouchers", "List the voucher catalogue (GET /vouchers).") { name, type, status }
            .WithExamples(
                "smartgift vouchers",
                "smartgift vouchers --name \"*spa*\" --type experience",
                "smartgift vouchers -o json | jq -r '.[] | select(.status == \"active\") | .id'",
                "smartgift vouchers --profile sister -o csv > catalogue.csv");
        return action.Runs(command, async (parse, context) =>
        {
            using var session = context.OpenSession();
            var vouchers = await session.GetVouchersAsync(refresh: true, context.Cancellation).ConfigureAwait(false);
            foreach (var problem in session.ListProblems) context.Warn("warning: " + problem);

            var pattern = parse.GetValue(name);
            // * any run of characters, ? one character; everything else literal.
            var matcher = pattern == null ? null : new Regex(
                "^" + Regex.Escape(pattern).Replace("\\*", ".*").Replace("\\?", ".") + "$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
            var wantedType = parse.GetValue(type);
            var wantedStatus = parse.GetValue(status);
            var selected = vouchers.Where(v =>
                (matcher == null || matcher.IsMatch(v.Name)) &&
                (wantedType == null || string.Equals(v.Type.ToString(), wantedType, StringComparison.OrdinalIgnoreCase)) &&
                (wantedStatus == null || string.Equals(v.Status.ToString(), wantedStatus, StringComparison.OrdinalIgnoreCase)));

            context.Write(selected.Select(ResultRecords.Voucher));
            return ExitCodes.Success;
        });
    }
}
