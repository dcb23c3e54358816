using Spectre.Console;
using Spectre.Console.Rendering;

namespace SmartGift.Cli;

/// <summary>"60 of 71 done": results handed back of records read so far (the total is unknown while the CSV streams).</summary>
internal sealed class DoneCountColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        new Text(task.Value + " of " + task.MaxValue + " done");
}

/// <summary>During a rate-limit wait, a countdown to the next send; redrawn by the live display on its own clock.</summary>
internal sealed class RateLimitCountdownColumn(RateLimitWaits waits) : ProgressColumn
{
    protected override bool NoWrap => true;

    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
        waits.Remaining is TimeSpan left
            ? new Text("rate limit: sending resumes in " + Math.Ceiling(left.TotalSeconds) + " s", new Style(Color.Yellow))
            : new Text("");
}
