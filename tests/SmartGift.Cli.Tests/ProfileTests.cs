using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>Profiles for a company group: two companies, one shell, no juggling of environment variables.</summary>
public sealed class ProfileTests : CliTestBase
{
    private readonly string _config;

    public ProfileTests(MockServerFixture server) : base(server)
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
        InProcessCli.RunAsync(args, apiKey: null, environment);

    private async Task AddTwoCompaniesAsync()
    {
        // Demo Venue's key lives in a variable; Sister Venue's comes from a command (a password manager in real life).
        var north = await Cli(Environment(), "profile", "add", "north", "--base-url", BaseUrl, "--site", MockSeed.DemoSite, "--key-env", "NORTH_KEY");
        Assert.True(north.ExitCode == 0, north.ToString());
        var south = await Cli(Environment(), "profile", "add", "south", "--base-url", BaseUrl, "--site", MockSeed.SisterSite, "--key-command", "echo " + MockSeed.SisterKey);
        Assert.True(south.ExitCode == 0, south.ToString());
    }

    [Fact]
    public async Task SMARTGIFT_BASE_URL_points_a_profile_at_a_test_server_and_an_option_beats_it()
    {
        // Issue 20, finding 6: a nightly job's profile names production; a rehearsal must reach the mock without editing the job.
        var add = await Cli(Environment(), "profile", "add", "nightly", "--environment", "production", "--site", MockSeed.DemoSite, "--key-env", "NIGHTLY_KEY");
        Assert.True(add.ExitCode == 0, add.ToString());

        var rehearsal = await Cli(Environment(("NIGHTLY_KEY", MockSeed.DemoKey), ("SMARTGIFT_BASE_URL", BaseUrl)), "vouchers", "--profile", "nightly", "-o", "json", "--verbose");
        var option = await Cli(Environment(("NIGHTLY_KEY", MockSeed.DemoKey), ("SMARTGIFT_BASE_URL", "http://127.0.0.1:1/")), "vouchers", "--profile", "nightly", "--base-url", BaseUrl, "-o", "json");
        var refused = await Cli(Environment(("NIGHTLY_KEY", MockSeed.DemoKey), ("SMARTGIFT_BASE_URL", "http://example.com/")), "vouchers", "--profile", "nightly");

        Assert.True(rehearsal.ExitCode == 0, rehearsal.ToString());
        Assert.Contains(MockSeed.Voucher150, rehearsal.JsonDocument().EnumerateArray().Select(v => v.GetProperty("id").GetString()));
        Assert.Contains(BaseUrl, rehearsal.Stderr, StringComparison.Ordinal); // --verbose says where it connects
        Assert.True(option.ExitCode == 0, option.ToString());
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("SMARTGIFT_BASE_URL 'http://example.com/': plain http is refused", refused.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_companies_are_two_profiles_chosen_by_option_or_variable()
    {
        await AddTwoCompaniesAsync();
        var env = Environment(("NORTH_KEY", MockSeed.DemoKey));

        var north = await Cli(env, "vouchers", "--profile", "north", "-o", "json");
        var south = await Cli(env, "vouchers", "--profile", "south", "-o", "json");
        var byVariable = await Cli(Environment(("NORTH_KEY", MockSeed.DemoKey), ("SMARTGIFT_PROFILE", "south")), "vouchers", "-o", "json");

        Assert.True(north.ExitCode == 0, north.ToString());
        Assert.True(south.ExitCode == 0, south.ToString());
        Assert.True(byVariable.ExitCode == 0, byVariable.ToString());
        var northIds = north.JsonDocument().EnumerateArray().Select(v => v.GetProperty("id").GetString()).ToList();
        var southIds = south.JsonDocument().EnumerateArray().Select(v => v.GetProperty("id").GetString()).ToList();
        Assert.Contains(MockSeed.Voucher150, northIds);
        Assert.DoesNotContain(MockSeed.SisterVoucher, northIds);
        Assert.Contains(MockSeed.SisterVoucher, southIds);
        Assert.DoesNotContain(MockSeed.Voucher150, southIds);
        Assert.Equal(southIds, byVariable.JsonDocument().EnumerateArray().Select(v => v.GetProperty("id").GetString()).ToList());
    }

    [Fact]
    public async Task A_profile_site_is_used_by_redeem_and_the_profile_wins_over_the_ambient_key()
    {
        await AddTwoCompaniesAsync();
        // SMARTGIFT_API_KEY holds the other company's key: the chosen profile's key is used, not it.
        var env = Environment(("NORTH_KEY", MockSeed.DemoKey), ("SMARTGIFT_API_KEY", MockSeed.SisterKey));

        var run = await Cli(env, "redeem", MockSeed.Monetary100, "--value", "5.00", "--profile", "north", "-o", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("Confirmed", run.JsonDocument().GetProperty("status").GetString());
        Assert.Equal(MockSeed.DemoSite, run.JsonDocument().GetProperty("site_id").GetString());
    }

    [Fact]
    public async Task The_file_holds_where_keys_come_from_never_a_key_unless_asked()
    {
        await AddTwoCompaniesAsync();
        var file = File.ReadAllText(Path.Combine(_config, "profiles.json"));
        Assert.Contains("NORTH_KEY", file);
        Assert.DoesNotContain(MockSeed.DemoKey, file);

        var list = await Cli(Environment(), "profile", "list", "-o", "json");
        Assert.True(list.ExitCode == 0, list.ToString());
        var names = list.JsonDocument().EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToArray();
        Assert.Equal(new[] { "north", "south" }, names);
        Assert.Equal("environment variable NORTH_KEY", list.JsonDocument()[0].GetProperty("key_source").GetString());

        var stored = await InProcessCli.RunAsync(new[] { "profile", "add", "lab", "--base-url", BaseUrl, "--store-key" }, null, MockSeed.DemoKey + "\n", Environment());
        Assert.True(stored.ExitCode == 0, stored.ToString());
        Assert.Contains("plain text", stored.Stderr);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_config, "profiles.json")));
        var listed = await Cli(Environment(), "profile", "list");
        Assert.Contains("sk_...demo", listed.Stdout);
        Assert.DoesNotContain(MockSeed.DemoKey, listed.Stdout);
        var vouchers = await Cli(Environment(), "vouchers", "--profile", "lab", "-o", "json");
        Assert.True(vouchers.ExitCode == 0, vouchers.ToString());

        var removed = await Cli(Environment(), "profile", "remove", "lab");
        Assert.True(removed.ExitCode == 0, removed.ToString());
        Assert.DoesNotContain(MockSeed.DemoKey, File.ReadAllText(Path.Combine(_config, "profiles.json")));
    }

    [Fact]
    public async Task Mistakes_say_what_is_wrong()
    {
        await AddTwoCompaniesAsync();

        var unknown = await Cli(Environment(), "vouchers", "--profile", "west");
        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("no profile 'west'", unknown.Stderr);

        var unset = await Cli(Environment(), "vouchers", "--profile", "north");
        Assert.True(unset.ExitCode == 3, unset.ToString());
        Assert.Contains("profile 'north' takes it from the environment variable NORTH_KEY, which is not set", unset.Stderr);

        var failing = await Cli(Environment(), "profile", "add", "broken", "--base-url", BaseUrl, "--key-command", "exit 7");
        Assert.True(failing.ExitCode == 0, failing.ToString());
        var run = await Cli(Environment(), "vouchers", "--profile", "broken");
        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("the key command of profile 'broken' failed (exit 7)", run.Stderr);

        var twoSources = await Cli(Environment(), "profile", "add", "x", "--key-env", "A", "--key-stdin");
        Assert.True(twoSources.ExitCode == 2, twoSources.ToString());
        Assert.Contains("exactly one key source", twoSources.Stderr);
    }
}
