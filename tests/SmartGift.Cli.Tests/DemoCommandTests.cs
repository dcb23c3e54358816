using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task The_demo_tells_a_shops_day_in_shop_words_and_exits_0()
    {
        // A temp folder of its own, to see that the demo leaves nothing behind.
        var temp = Path.Combine(Path.GetTempPath(), "smartgift-demo-test-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);

        // No key in the environment: the demo uses its own mock server and that server's test key.
        var report = Path.Combine(Path.GetTempPath(), "smartgift-demo-report-" + System.Guid.NewGuid().ToString("N") + ".html");
        var run = await CliProcess.RunAsync(new[] { "demo", "--report", report }, apiKey: null,
            environment: new System.Collections.Generic.Dictionary<string, string> { ["TMPDIR"] = temp });

        Assert.True(run.ExitCode == 0, run.ToString());
        var story = run.Stdout;
        Assert.Contains("Spa Day for Two: £180.00, for Spa Access, Lunch, Massage", story);
        Assert.Contains("19 orders sold", story);
        Assert.Single(Regex.Matches(story, "marty\\.gift\\(at\\)example\\.co\\.uk")); // the bad row, told once
        Assert.Contains("0 orders reached Smart Gift this time", story);
        Assert.Contains("smartgift waited", story);
        Assert.Matches(new Regex(@"(?m)^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ waiting \d+ s for the rate limit"), run.Stderr);
        Assert.Contains("Order S-3001: Unknown", story);
        Assert.Contains("does not send it again (0 sent)", story);
        Assert.Contains("The operator looks S-3001 up", story);
        Assert.Contains("£10.00 taken off DEMO000001", story);
        Assert.Contains("Spa Access and Massage marked as used", story);
        Assert.Contains("The voucher number provided has expired.", story);
        Assert.Contains("S-1013 refused, never sent", story);
        // The operator settles the Unknown order, and the morning check counts it as sold.
        Assert.Contains("$ smartgift journal settle phone-orders.journal.jsonl S-3001 --found", story);
        Assert.Contains("the phone order: 1 sold and confirmed", story);
        Assert.Contains("Demo complete", story);
        // It ends by writing the day's report and saying where it is.
        Assert.Contains("The day's report, what a person looks at the morning after (open it in a browser): " + report, story);
        Assert.Contains("S-1013", ReportTests.Parse(report).QuerySelectorAll("#attention tbody tr").Select(r => r.GetAttribute("data-key")));
        File.Delete(report);
        Assert.DoesNotContain("NOT AS EXPECTED", story);

        // Shop words, not the API's.
        foreach (var apiWord in new[] { "POST ", "GET ", "/pos-sale", "/_mock", "bit", "row:", "sk_test_demo" })
            Assert.DoesNotContain(apiWord, story + run.Stderr);

        // It cleans up after itself.
        Assert.Empty(Directory.GetFileSystemEntries(temp));
        Directory.Delete(temp);
    }
}
