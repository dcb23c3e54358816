using System;
using System.CommandLine;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Cli.Output;

namespace SmartGift.Cli.Commands
{
    /// <summary>
    /// smartgift journal list | settle: an operator's look at an import journal, and the decisions
    /// a person makes after checking the Smart Gift dashboard (docs/journal.md, "Settling").
    /// Works offline: no API key, no request.
    /// </summary>
    public static class JournalCommand
    {
        public static Command Create(CommandAction action)
        {
            return new Command("journal", "Look at an import journal and settle its Unknown or refused records one by one.")
            {
                List(action),
                Settle(action),
            };
        }

        private static Command List(CommandAction action)
        {
            var journal = new Argument<string>("JOURNAL") { Description = "The journal of a sale or redemption import." };
            var all = new Option<bool>("--all") { Description = "Every record, not only those that need a decision (Unknown, refused)." };
            var command = new Command("list", "List the records that need a decision (Unknown, refused); exit 1 when there are any.") { journal, all };
            command.SetAction(action.For((parse, context) =>
            {
                var records = JournalRecords.List(parse.GetValue(journal)!);
                var shown = parse.GetValue(all) ? records : records.Where(r => r.NeedsAttention).ToList();
                using (var writer = context.CreateWriter(streaming: false))
                {
                    foreach (var record in shown) writer.Write(Record(record));
                    writer.Complete();
                }
                var waiting = records.Count(r => r.NeedsAttention);
                context.Note(waiting == 0
                    ? "Journal: " + records.Count + " records, none needs a decision."
                    : "Journal: " + records.Count + " records, " + waiting + " need a decision: check each in the Smart Gift dashboard, then `smartgift journal settle JOURNAL KEY --found|--absent` (Unknown) or `--drop` (refused).");
                return Task.FromResult(waiting == 0 ? ExitCodes.Success : ExitCodes.RecordsNeedAttention);
            }));
            return command;
        }

        private static Command Settle(CommandAction action)
        {
            var journal = new Argument<string>("JOURNAL") { Description = "The journal of a sale or redemption import." };
            var keys = new Argument<string[]>("KEY") { Description = "Order ids (sales) or references / row keys (redemptions), as `journal list` shows them.", Arity = ArgumentArity.OneOrMore };
            var found = new Option<bool>("--found") { Description = "An Unknown record IS in Smart Gift: never send it again." };
            var absent = new Option<bool>("--absent") { Description = "An Unknown record is NOT in Smart Gift: the next run sends it." };
            var release = new Option<bool>("--release") { Description = "Send an Unknown record again on the next run, without a finding." };
            var drop = new Option<bool>("--drop") { Description = "Give up a refused record: never send it, stop reporting it as failed." };
            var orderId = new Option<string?>("--order-id") { Description = "With --found on a sale: the order id the dashboard shows.", HelpName = "ID" };
            var command = new Command("settle", "Record a decision about records after checking the Smart Gift dashboard; each decision is journaled with its time.")
            {
                journal, keys, found, absent, release, drop, orderId,
            };
            command.SetAction(action.For((parse, context) =>
            {
                var chosen = new[] { (parse.GetValue(found), JournalDecision.Found), (parse.GetValue(absent), JournalDecision.Absent), (parse.GetValue(release), JournalDecision.Release), (parse.GetValue(drop), JournalDecision.Drop) }
                    .Where(c => c.Item1).Select(c => c.Item2).ToList();
                if (chosen.Count != 1) throw CliException.Usage("give exactly one of --found, --absent, --release or --drop.");
                var path = parse.GetValue(journal)!;
                using var writer = context.CreateWriter(streaming: false);
                foreach (var key in parse.GetValue(keys)!)
                    writer.Write(Record(JournalRecords.Settle(path, key, chosen[0], DateTimeOffset.UtcNow, parse.GetValue(orderId))));
                writer.Complete();
                return Task.FromResult(ExitCodes.Success);
            }));
            return command;
        }

        private static OutputRecord Record(JournalRecord record) => new OutputRecord()
            .Add("key", record.Key)
            .Add("kind", record.Kind)
            .Add("state", record.State)
            .Add("at", record.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))
            .Add("amount", record.Amount)
            .Add("smartgift_order_id", record.SmartGiftOrderId)
            .Add("redemption_ids", record.RedemptionIds)
            .Add("decision", record.Decision)
            .Add("message", record.Message);
    }
}
