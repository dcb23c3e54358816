using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Issue 22 findings 10-12: configuration treated as ssh treats its files, key commands bounded
/// in time and size, names and base URLs validated. Unix file modes: skipped on Windows.
/// </summary>
public sealed class HostileConfigTests : CliTestBase
{
    private readonly string _config;

    public HostileConfigTests(MockServerFixture server) : base(server)
    {
        _config = Path.Combine(Files.Folder, "config");
    }

    private Dictionary<string, string> Environment(params (string Name, string Value)[] more)
    {
        var variables = new Dictionary<string, string> { ["SMARTGIFT_CONFIG_DIR"] = _config };
        foreach (var (name, value) in more) variables[name] = value;
        return variables;
    }

    private static Task<CliRun> Cli(Dictionary<string, string> environment, params string[] args) =>
        InProcessCli.RunAsync(args, apiKey: null, environment, TimeSpan.FromMinutes(2));

    [Fact]
    public async Task Under_umask_000_the_folder_is_0700_and_the_file_0600()
    {
        if (OperatingSystem.IsWindows()) return;

        var run = await UnderUmask000(Environment(), "profile", "add", "north", "--base-url", BaseUrl, "--key-env", "NORTH_KEY");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_config));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_config, "profiles.json")));
    }

    [Fact]
    public async Task A_profiles_file_or_folder_others_can_write_is_refused_with_the_chmod_that_fixes_it()
    {
        if (OperatingSystem.IsWindows()) return;
        var add = await Cli(Environment(), "profile", "add", "north", "--base-url", BaseUrl, "--key-env", "NORTH_KEY");
        Assert.True(add.ExitCode == 0, add.ToString());
        var file = Path.Combine(_config, "profiles.json");

        File.SetUnixFileMode(file, (UnixFileMode)Convert.ToInt32("666", 8));
        var byFile = await Cli(Environment(("NORTH_KEY", MockSeed.DemoKey)), "vouchers", "--profile", "north");
        File.SetUnixFileMode(file, (UnixFileMode)Convert.ToInt32("600", 8));
        File.SetUnixFileMode(_config, (UnixFileMode)Convert.ToInt32("777", 8));
        var byFolder = await Cli(Environment(("NORTH_KEY", MockSeed.DemoKey)), "profile", "list");
        File.SetUnixFileMode(_config, (UnixFileMode)Convert.ToInt32("700", 8));
        var fixedUp = await Cli(Environment(("NORTH_KEY", MockSeed.DemoKey)), "vouchers", "--profile", "north", "-o", "json");

        Assert.True(byFile.ExitCode == 2, byFile.ToString());
        Assert.Contains("chmod 600 '" + file + "'", byFile.Stderr);
        Assert.True(byFolder.ExitCode == 2, byFolder.ToString());
        Assert.Contains("chmod 700 '" + _config + "'", byFolder.Stderr);
        Assert.True(fixedUp.ExitCode == 0, fixedUp.ToString());
        Assert.DoesNotContain("\"id\"", byFile.Stdout);
    }

    [Fact]
    public async Task A_key_command_that_hangs_is_stopped_at_the_timeout_with_a_message()
    {
        if (OperatingSystem.IsWindows()) return;
        var add = await Cli(Environment(), "profile", "add", "slow", "--base-url", BaseUrl, "--key-command", "sleep 1000");
        Assert.True(add.ExitCode == 0, add.ToString());

        // Waited for: the CLI's own 2 s limit; the run is killed (and fails) after 2 minutes.
        var run = await Cli(Environment(("SMARTGIFT_KEY_COMMAND_TIMEOUT", "2")), "vouchers", "--profile", "slow");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("did not finish within 2 s", run.Stderr);
        Assert.Contains("SMARTGIFT_KEY_COMMAND_TIMEOUT", run.Stderr);
    }

    [Fact]
    public async Task A_key_command_printing_a_huge_line_is_refused_after_reading_one_bounded_line()
    {
        if (OperatingSystem.IsWindows()) return;
        // 300 MB of 'k' with no newline: never held in memory, refused as not a key.
        var add = await Cli(Environment(), "profile", "add", "huge", "--base-url", BaseUrl, "--key-command", "head -c 300000000 /dev/zero | tr '\\0' k");
        Assert.True(add.ExitCode == 0, add.ToString());

        var run = await Cli(Environment(), "vouchers", "--profile", "huge");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("longer than 1024 characters", run.Stderr);
        Assert.True(run.Stderr.Length < 4096, "the output was repeated: " + run.Stderr.Length + " characters");
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a\nb")]
    [InlineData("evil\u001b[2J")]
    [InlineData(".hidden")]
    [InlineData("has space")]
    public async Task A_profile_name_that_cannot_be_meant_is_refused(string name)
    {
        var add = await Cli(Environment(), "profile", "add", name, "--base-url", BaseUrl, "--key-env", "NORTH_KEY");
        var use = await Cli(Environment(("SMARTGIFT_PROFILE", name)), "vouchers");

        foreach (var run in new[] { add, use })
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("is not a profile name", run.Stderr);
            Assert.DoesNotContain('\u001b', run.Stderr);
        }
        Assert.False(File.Exists(Path.Combine(_config, "profiles.json")));
    }

    [Theory]
    [InlineData("A\nB")]
    [InlineData("1ABC")]
    [InlineData("MY-KEY")]
    public async Task A_key_variable_name_that_cannot_be_meant_is_refused(string variable)
    {
        var add = await Cli(Environment(), "profile", "add", "north", "--base-url", BaseUrl, "--key-env", variable);

        Assert.True(add.ExitCode == 2, add.ToString());
        Assert.Contains("is not an environment variable name", add.Stderr);
    }

    [Theory]
    [InlineData("?token=abc")]
    [InlineData("#frag")]
    [InlineData("?token=abc#frag")]
    public async Task A_base_url_with_a_query_or_fragment_is_refused(string tail)
    {
        var url = BaseUrl.TrimEnd('/') + "/" + tail;
        var direct = await InProcessCli.RunAsync(new[] { "vouchers", "--base-url", url }, MockSeed.DemoKey);
        var profile = await Cli(Environment(), "profile", "add", "north", "--base-url", url, "--key-env", "NORTH_KEY");

        foreach (var run in new[] { direct, profile })
        {
            Assert.True(run.ExitCode == 2, run.ToString());
            Assert.Contains("query (?...) or fragment (#...)", run.Stderr);
        }
    }

    /// <summary>
    /// The CLI started from a shell whose umask is 000, as a careless service manager may leave it.
    /// A process of its own: the umask belongs to a whole process, and the tests running beside
    /// this one would make their files under it.
    /// </summary>
    private static async Task<CliRun> UnderUmask000(Dictionary<string, string> environment, params string[] args)
    {
        var inner = CliProcess.StartInfo(args, null, null, out var commandLine);
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = inner.WorkingDirectory,
        };
        foreach (var arg in new[] { "-c", "umask 000 && exec dotnet \"$@\"", "sh" }) start.ArgumentList.Add(arg);
        foreach (var arg in inner.ArgumentList) start.ArgumentList.Add(arg);
        foreach (var pair in inner.Environment) start.Environment[pair.Key] = pair.Value;
        foreach (var pair in environment) start.Environment[pair.Key] = pair.Value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
        return new CliRun(process.ExitCode, await stdout, await stderr, "umask 000; smartgift " + commandLine);
    }
}
