namespace SmartGift;

/// <summary>
/// How a call settled: the answer read, the error the pipeline made of it, or (a journaled
/// write only) why it stopped before it left. A journaled write takes these as they are (no
/// exception and back); the public methods throw the error (Settled).
/// </summary>
internal readonly struct Answer<T>
    where T : class
{
    public Answer(T? value, SmartGiftError? error, Exception? cause, string? notSent = null)
    {
        NotSent = notSent;
        Value = value;
        Error = error;
        Cause = cause;
    }

    public T? Value { get; }
    public SmartGiftError? Error { get; }
    public Exception? Cause { get; }
    /// <summary>Stopped before it left (WriteHooks: the run's stop, the journal's refusal): nothing was sent.</summary>
    public string? NotSent { get; }

    public static Task<Answer<T>> Refused(SmartGiftError error) => Task.FromResult(new Answer<T>(null, error, null));

    /// <summary>The value, or the error thrown as SmartGiftException, as the client's public methods promise.</summary>
    public static async Task<T> Settled(Task<Answer<T>> call)
    {
        var answer = await call.ConfigureAwait(false);
        // NotSent needs WriteHooks, which only a journaled write gives: never seen here.
        return answer.Value ?? throw new SmartGiftException(answer.Error!, answer.Cause);
    }
}
