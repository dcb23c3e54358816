using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Security;

/// <summary>
/// Issue 22 finding 4: an endless chunked 200 grew the process by ~170 MB/s (8.9 GB in 52 s),
/// the timeout did not free it and a retry began again; a 100 MB body of spaces was called
/// "the answer was empty". Now every answer is read to MaxAnswerBytes (4 MB) at most, never
/// retried when larger, and said to be larger. Each server here counts what it managed to
/// write before the client hung up: the proof that reading stopped near the limit.
/// </summary>
public class AnswerLimitTests
{
    /// <summary>A failing client would read up to this much before the server gives up: bounded, even then.</summary>
    private const long ServerCap = 512L * 1024 * 1024;

    [Fact(Timeout = 60_000)]
    public async Task An_endless_chunked_answer_to_a_read_stops_at_the_limit_and_is_not_retried()
    {
        var written = new long[1];
        using var server = new HostileServer((_, stream, stop) => Endless(stream, written, chunked: true, stop));
        using var client = Client(server.BaseAddress, maxGetAttempts: 3);

        var e = await Assert.ThrowsAsync<SmartGiftException>(() => client.GetVouchersAsync());

        Assert.Contains("the answer was larger than 4 MB", e.Error.Message);
        Assert.Equal(SmartGiftErrorKind.ServerError, e.Error.Kind);
        Assert.Single(server.Requests); // not retried: the next answer would be as large
        Assert.True(Interlocked.Read(ref written[0]) < 64L * 1024 * 1024, "the server wrote " + written[0] + " bytes before the client stopped reading");
    }

    [Fact(Timeout = 60_000)]
    public async Task An_endless_answer_to_a_redemption_is_OutcomeUnknown_and_sent_once()
    {
        var written = new long[1];
        using var server = new HostileServer((_, stream, stop) => Endless(stream, written, chunked: true, stop));
        using var client = Client(server.BaseAddress, maxGetAttempts: 3);

        var e = await Assert.ThrowsAsync<SmartGiftException>(() => client.RedeemAsync(new RedeemRequest { VoucherNumber = "DEMO000001", SiteId = "1", Amount = 5m }));

        Assert.Equal(SmartGiftErrorKind.OutcomeUnknown, e.Error.Kind);
        Assert.Contains("larger than 4 MB", e.Error.Message);
        Assert.Single(server.Requests);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_declared_length_over_the_limit_is_refused_unread()
    {
        var written = new long[1];
        using var server = new HostileServer((_, stream, stop) => Endless(stream, written, chunked: false, stop));
        using var client = Client(server.BaseAddress, maxGetAttempts: 1);

        var e = await Assert.ThrowsAsync<SmartGiftException>(() => client.GetPaymentMethodsAsync());

        Assert.Contains("the answer was larger than 4 MB", e.Error.Message);
        Assert.DoesNotContain("empty", e.Error.Message);
    }

    [Fact(Timeout = 60_000)]
    public async Task The_limit_is_a_setting()
    {
        var body = "{\"data\":[" + string.Join(",", Enumerable.Range(1, 200).Select(i => "{\"id\":" + i + ",\"name\":\"Voucher " + i + "\"}")) + "]}";
        using var server = new HostileServer(_ => HostileAnswer.Json(200, body));
        using var small = Client(server.BaseAddress, maxGetAttempts: 1, maxAnswerBytes: 1024);
        using var usual = Client(server.BaseAddress, maxGetAttempts: 1);

        var e = await Assert.ThrowsAsync<SmartGiftException>(() => small.GetVouchersAsync());
        var list = await usual.GetVouchersAsync();

        Assert.Contains("larger than 1 KB", e.Error.Message);
        Assert.Equal(200, list.Items.Count);
    }

    [Fact(Timeout = 60_000)]
    public async Task A_trickling_answer_ends_at_the_timeout_which_covers_the_whole_body()
    {
        // One byte every 50 ms, for up to 30 s; the client allows 1 s for the whole answer.
        using var server = new HostileServer(async (_, stream, stop) =>
        {
            await Write(stream, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", stop);
            for (var i = 0; i < 600; i++)
            {
                await Write(stream, "1\r\n \r\n", stop);
                await Task.Delay(50, stop);
            }
        });
        using var client = Client(server.BaseAddress, maxGetAttempts: 1, timeout: TimeSpan.FromSeconds(1));

        var e = await Assert.ThrowsAsync<SmartGiftException>(() => client.GetVouchersAsync());

        Assert.Contains("no answer came within 1 s", e.Error.Message);
    }

    private static async Task Endless(Stream stream, long[] written, bool chunked, CancellationToken stop)
    {
        var head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + (100L * 1024 * 1024) + "\r\n") + "\r\n";
        await Write(stream, head, stop);
        var spaces = Encoding.ASCII.GetBytes(new string(' ', 65536));
        var size = Encoding.ASCII.GetBytes("10000\r\n");
        var end = Encoding.ASCII.GetBytes("\r\n");
        while (Interlocked.Read(ref written[0]) < ServerCap)
        {
            if (chunked) await stream.WriteAsync(size, stop);
            await stream.WriteAsync(spaces, stop);
            if (chunked) await stream.WriteAsync(end, stop);
            Interlocked.Add(ref written[0], spaces.Length);
        }
    }

    private static Task Write(Stream stream, string text, CancellationToken stop) => stream.WriteAsync(Encoding.ASCII.GetBytes(text), stop).AsTask();

    private static SmartGiftClient Client(Uri baseUri, int maxGetAttempts, int maxAnswerBytes = SmartGiftClientOptions.DefaultMaxAnswerBytes, TimeSpan? timeout = null)
    {
        var key = ApiKey.FromString("sk_test_answer_limits");
        RateGovernorRegistry.Forget(baseUri, key);
        return new SmartGiftClient(new SmartGiftClientOptions(baseUri, key)
        {
            MaxGetAttempts = maxGetAttempts,
            MaxAnswerBytes = maxAnswerBytes,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        });
    }
}
