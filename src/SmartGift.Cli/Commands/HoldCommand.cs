namespace SmartGift.Cli;

internal static class HoldCommand
{
    public static Command Create(CommandAction action)
    {
        var voucher = new Argument<string>("VOUCHER_NO") { Description = "The voucher number to hold." };
        var command = new Command("hold", "Hold a voucher for five minutes (POST /redeem/hold). Holds expire by themselves; the API has no release call.") { voucher }
            .WithExamples(
                "smartgift hold DEMO000001",
                "token=$(smartgift hold DEMO000001 -o json | jq -r .hold_token) && smartgift redeem DEMO000001 --value 10.00 --hold-token \"$token\"");
        return action.Runs(command, async (parse, context) =>
        {
            using var session = context.OpenSession();
            var hold = await session.Client.HoldAsync(parse.GetValue(voucher)!, context.Cancellation).ConfigureAwait(false);

            context.Write([ResultRecords.Hold(hold)], single: true);
            context.Note("The hold expires after five minutes (at " + CellText.Of(hold.ExpiresAt) + "); there is no call to release it. Redeem with --hold-token " + hold.HoldToken + ".");
            return ExitCodes.Success;
        });
    }
}
