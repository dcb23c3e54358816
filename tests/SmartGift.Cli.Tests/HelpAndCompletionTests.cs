using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>Shell completion through the [suggest] directive, and examples in every command's help.</summary>
public sealed class HelpAndCompletionTests
{
    private static Task<CliRun> Run(params string[] args) => InProcessCli.RunAsync(args, apiKey: null);

    [Theory]
    [InlineData("bash", "complete -o default -F _smartgift_complete smartgift")]
    [InlineData("zsh", "compdef _smartgift smartgift")]
    [InlineData("fish", "complete -c smartgift")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName smartgift")]
    public async Task Completion_prints_a_script_that_asks_the_suggest_directive(string shell, string registration)
    {
        var run = await Run("completion", shell);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(registration, run.Stdout);
        Assert.Contains("[suggest:", run.Stdout);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task The_suggest_directive_completes_commands_and_option_values()
    {
        var commands = await Run("[suggest:12]", "smartgift re");
        var values = await Run("[suggest:22]", "smartgift vouchers -o ");

        Assert.True(commands.ExitCode == 0, commands.ToString());
        Assert.Equal(new[] { "reconcile", "redeem", "report" }, commands.Stdout.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray());
        Assert.Equal(new[] { "csv", "json", "jsonl", "table" }, values.Stdout.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray());
    }

    [Fact]
    public async Task The_version_is_the_informational_version_as_System_CommandLine_prints_it()
    {
        // Answered before the command tree is built; RootCommand.ExecutableVersion is the entry assembly's informational version.
        var expected = typeof(CliApplication).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var run = await Run("--version");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(expected + "\n", run.Stdout.Replace("\r\n", "\n"));
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public async Task An_unknown_shell_is_a_usage_error()
    {
        var run = await Run("completion", "tcsh");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("use bash, zsh, fish or pwsh", run.Stderr);
    }

    /// <summary>Every command of the tree, walked from the root, so a new command is covered without a line here (issue 21, finding 9).</summary>
    private static System.Collections.Generic.List<string[]> CommandPaths()
    {
        var paths = new System.Collections.Generic.List<string[]>();
        void Walk(System.CommandLine.Command command, string[] path)
        {
            paths.Add(path);
            foreach (var sub in command.Subcommands) Walk(sub, path.Append(sub.Name).ToArray());
        }
        foreach (var command in CliApplication.Build(System.Threading.CancellationToken.None).Subcommands) Walk(command, new[] { command.Name });
        return paths;
    }

    public static TheoryData<string[]> EveryCommand()
    {
        var data = new TheoryData<string[]>();
        foreach (var path in CommandPaths()) data.Add(path);
        return data;
    }

    [Fact]
    public void The_walk_finds_the_nested_commands()
    {
        var paths = CommandPaths().Select(p => string.Join(" ", p)).ToList();
        Assert.Contains("journal list", paths);
        Assert.Contains("journal settle", paths);
        Assert.Contains("sale import", paths);
        Assert.True(paths.Count >= 15, string.Join(", ", paths));
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public async Task Every_command_help_has_examples_exit_codes_and_the_guide(params string[] command)
    {
        var run = await Run(command.Concat(new[] { "--help" }).ToArray());

        Assert.True(run.ExitCode == 0, run.ToString());
        var at = run.Stdout.IndexOf("Examples:", System.StringComparison.Ordinal);
        Assert.True(at >= 0, "no examples in: " + run.Stdout);
        Assert.Contains("smartgift " + string.Join(" ", command), run.Stdout.Substring(at));
        Assert.Contains("Exit codes:", run.Stdout);
        // The guide installed beside the tool, never the placeholder address that led nowhere.
        Assert.Contains("Guide: ", run.Stdout);
        Assert.Contains(System.IO.Path.Combine("docs", "cli.md"), run.Stdout);
        Assert.DoesNotContain("github.com/smartgift", run.Stdout);
    }

    [Fact]
    public async Task Redeem_import_usage_has_no_voucher_number()
    {
        // A process of its own: the usage line starts with the running executable's name, which
        // in this process is the test host's.
        var run = await CliProcess.RunAsync(new[] { "redeem", "import", "--help" }, apiKey: null);

        Assert.Contains("smartgift redeem import <FILE> [options]", run.Stdout);
        Assert.DoesNotContain("VOUCHER_NO", run.Stdout);
    }
}
