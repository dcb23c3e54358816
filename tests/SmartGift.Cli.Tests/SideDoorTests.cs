using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Cli.Tests
{
    /// <summary>
    /// DESIGN 9, issue 11: the key leaves by no side door. A proxy never sees plain http, a server
    /// that echoes the key in any shape gets it masked in every output format, and a password in
    /// --base-url is never printed.
    /// </summary>
    public sealed class SideDoorTests : CliTestBase
    {
        public SideDoorTests(MockServerFixture server) : base(server) { }

        [Theory]
        [InlineData("HTTP_PROXY")]
        [InlineData("http_proxy")]
        [InlineData("ALL_PROXY")]
        public async Task Plain_http_never_goes_through_a_proxy(string variable)
        {
            using var proxy = new CountingListener();

            var run = await CliProcess.RunAsync(new[] { "vouchers", "--base-url", BaseUrl, "-o", "jsonl" }, MockSeed.DemoKey,
                environment: new Dictionary<string, string> { [variable] = proxy.Url, ["NO_PROXY"] = "" , ["no_proxy"] = "" });

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.NotEmpty(run.JsonLines());
            Assert.True(proxy.Connections == 0, "the proxy was connected to: " + run);
            Assert.Contains(await Control.GetRequestsAsync(), r => r.Path == "/vouchers"); // the request went straight to the server
        }

        public static IEnumerable<object[]> ShapesAndFormats =>
            from shape in KeyEchoes.All.Keys
            from format in new[] { "table", "json", "csv" }
            select new object[] { shape, format };

        [Theory]
        [MemberData(nameof(ShapesAndFormats))]
        public async Task An_echoed_key_is_masked_in_every_output_format(string shape, string format)
        {
            using var server = new HostileServer(KeyEchoes.All[shape]);
            var runs = new[]
            {
                await CliProcess.RunAsync(new[] { "vouchers", "--base-url", server.BaseAddress.ToString(), "-o", format }, KeyEchoes.Key),
                await CliProcess.RunAsync(new[] { "sale", "import", Files.GoodSales("E"), "--journal", Files.Journal("e-" + format + ".jsonl"),
                    "--base-url", server.BaseAddress.ToString(), "-o", format }, KeyEchoes.Key),
            };

            Assert.NotEmpty(server.Requests); // the server had the key to echo
            foreach (var run in runs)
            {
                Assert.True(run.ExitCode != 0, run.ToString());
                var leak = KeyPieces.Leak(run.Stdout + "\n" + run.Stderr, KeyEchoes.Key);
                Assert.True(leak == null, shape + ", -o " + format + ": " + leak);
                Assert.DoesNotContain(KeyEchoes.UrlPassword, run.Stdout + run.Stderr);
            }
            var journal = System.IO.File.ReadAllText(Files.Journal("e-" + format + ".jsonl"));
            Assert.True(KeyPieces.Leak(journal, KeyEchoes.Key) == null, "journal: " + KeyPieces.Leak(journal, KeyEchoes.Key));
        }

        [Fact]
        public async Task A_password_in_the_base_url_is_never_printed()
        {
            // Refused while reading the options (a pure parse): the address is never connected to.
            var remote = await CliProcess.RunAsync(new[] { "vouchers", "--base-url", "http://user:S3cretPw@198.51.100.7/" }, MockSeed.DemoKey);

            Assert.True(remote.ExitCode == 2, remote.ToString());
            Assert.DoesNotContain("S3cretPw", remote.Stdout + remote.Stderr);
            Assert.Contains("http://***@198.51.100.7/", remote.Stderr);
            Assert.Contains("user name or password", remote.Stderr);

            // To this machine, where a connection would be seen: refused the same way, and nothing connects.
            using var listener = new CountingListener();
            foreach (var scheme in new[] { "http", "https" })
            {
                var local = await CliProcess.RunAsync(new[] { "vouchers", "--base-url", scheme + "://user:S3cretPw@127.0.0.1:" + listener.Port + "/" }, MockSeed.DemoKey);
                Assert.True(local.ExitCode == 2, local.ToString());
                Assert.DoesNotContain("S3cretPw", local.Stdout + local.Stderr);
            }
            Assert.Equal(0, listener.Connections);
        }
    }
}
