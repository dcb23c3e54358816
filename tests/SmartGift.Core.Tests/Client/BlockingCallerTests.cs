using System;
using System.Threading;
using SmartGift.Testing;

namespace SmartGift.Core.Tests.Client;

/// <summary>
/// A PowerShell pipeline thread calls the client with .GetAwaiter().GetResult() while holding a
/// synchronization context that cannot run anything until the call returns. Nothing the client
/// awaits may come back to that context (ConfigureAwait(false) everywhere), or the host hangs.
/// </summary>
public class BlockingCallerTests : MockApiTest
{
    public BlockingCallerTests(FrozenMockFixture fixture) : base(fixture) { }

    /// <summary>A context whose queue is never served, like a blocked pipeline thread's; it counts what was posted to it.</summary>
    private sealed class BlockedContext : SynchronizationContext
    {
        public int Posts;
        public override void Post(SendOrPostCallback d, object? state) => Interlocked.Increment(ref Posts);
        public override void Send(SendOrPostCallback d, object? state) => Interlocked.Increment(ref Posts);
    }

    [Fact]
    public void Blocking_calls_from_a_thread_with_a_context_complete_without_using_it()
    {
        var client = NewClient();
        var context = new BlockedContext();
        Exception? failure = null;
        string? orderId = null;
        var caller = new Thread(() =>
        {
            SynchronizationContext.SetSynchronizationContext(context);
            try
            {
                client.GetVouchersAsync().GetAwaiter().GetResult();
                orderId = client.SellAsync(ExampleSale("blocking-1")).GetAwaiter().GetResult().OrderId;
                try { client.HoldAsync("NOPE000000").GetAwaiter().GetResult(); }
                catch (SmartGiftException e) when (e.Kind == SmartGiftErrorKind.VoucherInvalid) { }
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        caller.Start();

        // A guard against hanging the test run, not a timing assertion.
        Assert.True(caller.Join(TimeSpan.FromSeconds(60)), "the blocking caller deadlocked");
        Assert.Null(failure);
        Assert.NotNull(orderId);
        Assert.Equal(0, context.Posts);
    }
}
