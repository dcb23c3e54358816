namespace SmartGift.Cli;

internal static class SaleCommand
{
    public static Command Create(CommandAction action)
    {
        var noCatalogueCheck = new Option<bool>("--no-catalogue-check")
        {
            Description = "Send orders naming vouchers or payment methods the catalogue does not list as sellable (when the catalogue is known to be stale).",
        };
        var import = ImportCommand.Create<SaleRequest>(action,
            "Import voucher sales from a CSV file (or - for standard input), one order per run of rows with the same order_id.",
            [
                "smartgift sale import sales.csv --journal sales.journal.jsonl",
                "smartgift sale import sales.csv --journal sales.journal.jsonl --dry-run",
                "gunzip -c sales.csv.gz | smartgift sale import - --journal sales.journal.jsonl -o jsonl",
                "smartgift sale import sales.csv --journal sales.journal.jsonl --profile north -o json > results.json",
            ],
            (parse, context, session, path, options, reading) =>
            {
                options.CheckCatalogue = !parse.GetValue(noCatalogueCheck);
                return ImportRun.Sales(context, session, path, options, reading: reading);
            });
        import.Options.Add(noCatalogueCheck);
        return new Command("sale", "Voucher sales.") { import }
            .WithExamples("smartgift sale import sales.csv --journal sales.journal.jsonl");
    }
}
