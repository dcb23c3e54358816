namespace SmartGift;

/// <summary>
/// A list fetched once and kept: concurrent callers share one fetch, a refresh replaces it,
/// and readers of Items never wait or send a request. A failed fetch keeps the old list.
/// </summary>
internal sealed class CachedList<T>(Func<CancellationToken, Task<ListResult<T>>> fetch) : IDisposable
{
    private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
    private volatile ListResult<T>? _current;
    private long _version;

    public IReadOnlyList<T>? Items => _current?.Items;
    public IReadOnlyList<string> Problems => _current?.Problems ?? Array.Empty<string>();

    public async Task<IReadOnlyList<T>> GetAsync(bool refresh, CancellationToken cancellationToken)
    {
        var seen = Interlocked.Read(ref _version);
        var current = _current;
        if (!refresh && current != null) return current.Items;

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Someone else fetched while this caller waited: their answer is as fresh as ours would be.
            current = _current;
            if (current != null && (!refresh || Interlocked.Read(ref _version) != seen)) return current.Items;
            var fetched = await fetch(cancellationToken).ConfigureAwait(false);
            _current = fetched;
            Interlocked.Increment(ref _version);
            return fetched.Items;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
