namespace SmartGift.Http
{
    /// <summary>
    /// How a call settled: the answer read, or the error the pipeline made of it. A journaled
    /// write takes the error as it is (no exception and back); the public methods throw it (Settled).
    /// </summary>
    internal readonly struct Answer<T>
        where T : class
    {
        public Answer(T? value, SmartGiftError? error, Exception? cause)
        {
            Value = value;
            Error = error;
            Cause = cause;
        }

        public T? Value { get; }
        public SmartGiftError? Error { get; }
        public Exception? Cause { get; }

        public static Task<Answer<T>> Refused(SmartGiftError error) => Task.FromResult(new Answer<T>(null, error, null));

        /// <summary>The value, or the error thrown as SmartGiftException, as the client's public methods promise.</summary>
        public static async Task<T> Settled(Task<Answer<T>> call)
        {
            var answer = await call.ConfigureAwait(false);
            return answer.Value ?? throw new SmartGiftException(answer.Error!, answer.Cause);
        }
    }
}
