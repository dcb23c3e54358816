using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests;

/// <summary>Issue 22 finding 13: a mistyped command got no "did you mean".</summary>
public sealed class TypoTests : CliTestBase
{
    public TypoTests(MockServerFixture server) : base(server) { }

    [Theory]
    [InlineData(new[] { "voucher" }, "'vouchers'")]
    [InlineData(new[] { "sale", "imprt", "x.csv" }, "'import'")]
    [InlineData(new[] { "paymnet-methods" }, "'payment-methods'")]
    public async Task A_mistyped_command_is_answered_with_did_you_mean(string[] args, string suggested)
    {
        var run = await Run(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("Did you mean " + suggested, run.Stderr);
    }
}
