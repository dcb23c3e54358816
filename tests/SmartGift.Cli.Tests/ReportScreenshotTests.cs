using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;
using StbImageSharp;

namespace SmartGift.Cli.Tests;

/// <summary>
/// The report of the demo's day rendered by headless Chromium (Debian's chromium package, which
/// .ci/run installs when it is missing): the screenshot shows every status's bar of the chart in
/// its colour and the table of records needing a person. Without Chromium this fails, it does
/// not skip: a report nobody has seen rendered is not tested.
/// </summary>
public sealed class ReportScreenshotTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "smartgift-screenshot-" + Guid.NewGuid().ToString("N"));

    public ReportScreenshotTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>SMARTGIFT_CHROMIUM, else Debian's /usr/bin/chromium.</summary>
    private static string Chromium => Environment.GetEnvironmentVariable("SMARTGIFT_CHROMIUM") is { Length: > 0 } given ? given : "/usr/bin/chromium";

    [Fact]
    public async Task The_demo_days_report_renders_with_its_chart_and_the_records_needing_a_person()
    {
        Assert.True(File.Exists(Chromium), "headless Chromium is needed to render the report: apt-get install chromium (.ci/run does), or set SMARTGIFT_CHROMIUM");
        var report = Path.Combine(_folder, "demo-report.html");
        var demo = await InProcessCli.RunAsync(new[] { "demo", "--report", report }, apiKey: null);
        Assert.True(demo.ExitCode == 0, demo.ToString());
        var page = ReportTests.Parse(report);
        var statuses = page.QuerySelectorAll("#totals tbody tr").Select(r => r.GetAttribute("data-status")!).ToList();
        Assert.Contains("Failed", statuses);
        Assert.NotEmpty(page.QuerySelectorAll("#attention tbody tr"));

        var png = Path.Combine(_folder, "report.png");
        Screenshot(report, png);

        var image = ImageResult.FromMemory(File.ReadAllBytes(png), ColorComponents.RedGreenBlue);
        Assert.Equal(1200, image.Width);
        // Each status's bar (and its swatch) in its own colour: the chart is drawn.
        foreach (var status in statuses)
            Assert.True(Pixels(image, ReportStatus.Colour(status)) >= 100, "the chart's " + status + " bar (" + ReportStatus.Colour(status) + ") is not in the screenshot");
        // The header row of the table of records needing a person: the table is there, full width.
        Assert.True(Pixels(image, "#37474f") >= 5000, "the table of records needing a person is not in the screenshot");
        // And the page is not blank around them.
        var ink = Enumerable.Range(0, image.Width * image.Height).Count(i => image.Data[i * 3] < 200 || image.Data[i * 3 + 1] < 200 || image.Data[i * 3 + 2] < 200);
        Assert.True(ink > image.Width * image.Height / 50, "the screenshot is nearly blank: " + ink + " inked pixels");

        var keep = Environment.GetEnvironmentVariable("SMARTGIFT_REPORT_SCREENSHOT");
        if (!string.IsNullOrEmpty(keep)) File.Copy(png, keep, overwrite: true); // how docs/images/report.png was made
    }

    private void Screenshot(string html, string png)
    {
        var start = new ProcessStartInfo(Chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + Path.Combine(_folder, "profile"),
            "--screenshot=" + png, "--window-size=1200,1600", new Uri(html).AbsoluteUri })
            start.ArgumentList.Add(arg);
        using var chromium = Process.Start(start)!;
        var output = chromium.StandardOutput.ReadToEndAsync();
        var errors = chromium.StandardError.ReadToEndAsync();
        if (!chromium.WaitForExit(120_000))
        {
            chromium.Kill(entireProcessTree: true);
            Assert.Fail("chromium did not finish the screenshot in 2 minutes");
        }
        Assert.True(File.Exists(png), "chromium wrote no screenshot (exit " + chromium.ExitCode + "): " + output.Result + errors.Result);
    }

    /// <summary>Pixels within 3 of the colour on each channel (a flat fill, as SVG rects and table cells are).</summary>
    private static int Pixels(ImageResult image, string colour)
    {
        var r = Convert.ToInt32(colour.Substring(1, 2), 16);
        var g = Convert.ToInt32(colour.Substring(3, 2), 16);
        var b = Convert.ToInt32(colour.Substring(5, 2), 16);
        var count = 0;
        var data = image.Data;
        for (var i = 0; i + 2 < data.Length; i += 3)
            if (Math.Abs(data[i] - r) <= 3 && Math.Abs(data[i + 1] - g) <= 3 && Math.Abs(data[i + 2] - b) <= 3) count++;
        return count;
    }
}
