using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>
/// DESIGN 9, issue 11: a server that echoes the key in any shape gets it masked in every output
/// format. One class per format: most of each case is the client's backoff between retries of a
/// failing server, and classes wait side by side where one class's cases would wait in turn.
/// Child processes for the same reason: runs in this process take turns (the environment is the
/// whole process's), so the 36 cases' 7 to 14 s of backoff each would be waited one after another.
/// </summary>
public abstract class EchoedKeyTests : CliTestBase
{
    protected EchoedKeyTests(MockServerFixture server) : base(server) { }

    protected abstract string Format { get; }

    public static IEnumerable<object[]> Shapes => KeyEchoes.All.Keys.Select(shape => new object[] { shape });

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task An_echoed_key_is_masked(string shape)
    {
        using var server = new HostileServer(KeyEchoes.All[shape]);
        var journal = Files.Journal("e-" + Format + ".jsonl");
        // The read and the write side by side: each waits out its own backoff.
        var runs = await Task.WhenAll(
            CliProcess.RunAsync(new[] { "vouchers", "--base-url", server.BaseAddress.ToString(), "-o", Format }, KeyEchoes.Key),
            CliProcess.RunAsync(new[] { "sale", "import", Files.GoodSales("E"), "--journal", journal,
                "--base-url", server.BaseAddress.ToString(), "-o", Format }, KeyEchoes.Key));

        Assert.NotEmpty(server.Requests); // the server had the key to echo
        foreach (var run in runs)
        {
            Assert.True(run.ExitCode != 0, run.ToString());
            var leak = KeyPieces.Leak(run.Stdout + "\n" + run.Stderr, KeyEchoes.Key);
            Assert.True(leak == null, shape + ", -o " + Format + ": " + leak);
            Assert.DoesNotContain(KeyEchoes.UrlPassword, run.Stdout + run.Stderr);
        }
        var written = System.IO.File.ReadAllText(journal);
        Assert.True(KeyPieces.Leak(written, KeyEchoes.Key) == null, "journal: " + KeyPieces.Leak(written, KeyEchoes.Key));
    }
}

public sealed class EchoedKeyInTableTests : EchoedKeyTests
{
    public EchoedKeyInTableTests(MockServerFixture server) : base(server) { }
    protected override string Format => "table";
}

public sealed class EchoedKeyInJsonTests : EchoedKeyTests
{
    public EchoedKeyInJsonTests(MockServerFixture server) : base(server) { }
    protected override string Format => "json";
}

public sealed class EchoedKeyInCsvTests : EchoedKeyTests
{
    public EchoedKeyInCsvTests(MockServerFixture server) : base(server) { }
    protected override string Format => "csv";
}
