namespace SmartGift;

/// <summary>Awaits a shared task for one caller, who may give up without cancelling it for the others.</summary>
internal static class CancellableWait
{
    public static async Task WaitAsync(Task shared, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled || shared.IsCompleted)
        {
            await shared.ConfigureAwait(false);
            return;
        }
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), cancelled))
        {
            var first = await Task.WhenAny(shared, cancelled.Task).ConfigureAwait(false);
            if (first != shared) cancellationToken.ThrowIfCancellationRequested();
            await shared.ConfigureAwait(false);
        }
    }
}
