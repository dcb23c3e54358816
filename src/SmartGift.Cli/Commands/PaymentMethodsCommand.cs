namespace SmartGift.Cli;

internal static class PaymentMethodsCommand
{
    public static Command Create(CommandAction action)
    {
        var command = new Command("payment-methods", "List the payment methods: the ids to use in payment_method_id.")
            .WithExamples("smartgift payment-methods", "smartgift payment-methods -o json");
        return action.Runs(command, async (parse, context) =>
        {
            using var session = context.OpenSession();
            var methods = await session.GetPaymentMethodsAsync(refresh: true, context.Cancellation).ConfigureAwait(false);
            foreach (var problem in session.ListProblems) context.Warn("warning: " + problem);

            context.Write(methods.Select(ResultRecords.PaymentMethod));
            return ExitCodes.Success;
        });
    }
}
