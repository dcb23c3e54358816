namespace SmartGift.Cli.Demo;

/// <summary>One scene of the demo: a title in the shop's words and what it does. Add a scene by adding one to DemoScript's list.</summary>
internal sealed class DemoStep
{
    public DemoStep(string title, Func<Task> run)
    {
        Title = title;
        Run = run;
    }

    public string Title { get; }
    public Func<Task> Run { get; }
}
