using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// Issue 22 finding 3: a key with CR/LF from SMARTGIFT_API_KEY, standard input, a profile's
/// variable or key command never reaches the wire; the refusal (exit 3) says where the key came
/// from and never shows it. A trailing newline is trimmed.
/// </summary>
public sealed class HostileKeyTests : CliTestBase
{
    private const string Injected = "sk_test_Abc123SecretPart\r\nX-Injected: yes";

    public HostileKeyTests(MockServerFixture server) : base(server) { }

    [Fact]
    public async Task A_key_with_a_line_break_from_the_environment_is_refused_before_anything_is_sent()
    {
        using var hostile = new HostileServer(_ => HostileAnswer.Json(200, "{\"data\":[]}"));

        var run = await InProcessCli.RunAsync(new[] { "vouchers", "--base-url", hostile.BaseAddress.ToString() }, apiKey: Injected);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("SMARTGIFT_API_KEY", run.Stderr);
        Assert.Contains("line break", run.Stderr);
        Assert.DoesNotContain("SecretPart", run.Stdout + run.Stderr);
        Assert.Empty(hostile.Requests);
    }

    [Fact]
    public async Task A_key_with_a_line_break_on_standard_input_is_refused()
    {
        using var hostile = new HostileServer(_ => HostileAnswer.Json(200, "{\"data\":[]}"));

        var run = await InProcessCli.RunAsync(new[] { "vouchers", "--api-key-stdin", "--base-url", hostile.BaseAddress.ToString() }, apiKey: null,
            stdin: "sk_test_Abc123\u001bSecretPart\n");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("standard input", run.Stderr);
        Assert.DoesNotContain("SecretPart", run.Stdout + run.Stderr);
        Assert.Empty(hostile.Requests);
    }

    [Fact]
    public async Task A_trailing_newline_in_the_variable_is_trimmed()
    {
        var run = await RunWithKey(MockSeed.DemoKey + "\r\n", "payment-methods", "-o", "jsonl");

        Assert.True(run.ExitCode == 0, run.ToString());
    }

    [Fact]
    public async Task A_profile_key_command_printing_a_bad_key_is_refused_naming_the_profile()
    {
        using var hostile = new HostileServer(_ => HostileAnswer.Json(200, "{\"data\":[]}"));
        var environment = new Dictionary<string, string> { ["SMARTGIFT_CONFIG_DIR"] = Path.Combine(Files.Folder, "config") };
        var add = await InProcessCli.RunAsync(new[] { "profile", "add", "odd", "--base-url", hostile.BaseAddress.ToString(), "--key-command", "printf 'sk_test_Abc\\tSecretPart\\n'" },
            apiKey: null, environment: environment);
        Assert.True(add.ExitCode == 0, add.ToString());

        var run = await InProcessCli.RunAsync(new[] { "vouchers", "--profile", "odd" }, apiKey: null, environment: environment);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("key command of profile 'odd'", run.Stderr);
        Assert.DoesNotContain("SecretPart", run.Stdout + run.Stderr);
        Assert.Empty(hostile.Requests);
    }
}
