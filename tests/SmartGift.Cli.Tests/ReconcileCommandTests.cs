using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests
{
    public sealed class ReconcileCommandTests : CliTestBase
    {
        public ReconcileCommandTests(MockServerFixture server) : base(server) { }

        [Fact]
        public async Task A_settled_import_reconciles_with_exit_0()
        {
            var csv = Files.GoodSales("S");
            var journal = Files.Journal();
            var import = await Run("sale", "import", csv, "--journal", journal);
            Assert.True(import.ExitCode == 0, import.ToString());

            var run = await Run("reconcile", csv, "--journal", journal, "-o", "jsonl");

            Assert.True(run.ExitCode == 0, run.ToString());
            var rows = run.JsonLines();
            Assert.Equal(new[] { "S1", "S2" }, rows.Select(r => r.GetProperty("order_id").GetString()).OrderBy(o => o).ToArray());
            Assert.All(rows, r => Assert.Equal("Confirmed", r.GetProperty("status").GetString()));
            Assert.All(rows, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("smartgift_order_id").GetString())));
            Assert.Contains("2 confirmed", run.Stderr);
        }

        [Fact]
        public async Task Anything_not_sent_or_failed_needs_attention_exit_1()
        {
            var csv = Files.SalesWithBadRow("N");
            var journal = Files.Journal();
            await Run("sale", "import", csv, "--journal", journal);

            var run = await Run("reconcile", csv, "--journal", journal);

            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Matches(@"(Failed|NotSent)\s+N3", run.Stdout);
            Assert.Matches(@"Confirmed\s+N1", run.Stdout);
            Assert.Contains("needs attention", run.Stdout);
        }

        [Fact]
        public async Task Without_a_journal_everything_is_not_sent()
        {
            var run = await Run("reconcile", Files.GoodSales("J"), "--journal", Files.Journal("never-written.jsonl"), "-o", "csv");

            Assert.True(run.ExitCode == 1, run.ToString());
            var rows = run.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
            Assert.Equal(2, rows.Count);
            Assert.All(rows, r => Assert.StartsWith("NotSent,", r));
        }
    }
}
