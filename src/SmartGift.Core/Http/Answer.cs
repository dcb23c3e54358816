namespace SmartGift;

/// <summary>
/// How a call settled: the answer read (Value), the error the pipeline made of it or of no
/// answer (Error, Cause), or (a journaled write only) why it stopped before it left (NotSent:
/// nothing was sent). A journaled write takes these as they are (no exception and back); the
/// public methods throw the error (Settled).
/// </summary>
internal readonly record struct Answer<T>(T? Value, SmartGiftError? Error, Exception? Cause, string? NotSent = null)
    where T : class
{
    public static Task<Answer<T>> Refused(SmartGiftError error) => Task.FromResult(new Answer<T>(null, error, null));

    /// <summary>The value, or the error thrown as SmartGiftException, as the client's public methods promise.</summary>
    public static async Task<T> Settled(Task<Answer<T>> call)
    {
        var answer = await call.ConfigureAwait(false);
        // NotSent needs WriteHooks, which only a journaled write gives: never seen here.
        return answer.Value ?? throw new SmartGiftException(answer.Error!, answer.Cause);
    }
}
