namespace SmartGift.Http
{
    /// <summary>
    /// What a journaled write asks of the pipeline (DESIGN 6 and 15): Stop ends any wait before the
    /// request leaves (rate limit, a queue), and then the request is not sent; Leaving runs once the
    /// governor has let the request start, just before it leaves (the journal's Sending line), so
    /// a process killed while it waits leaves nothing behind that looks sent.
    /// </summary>
    internal sealed class WriteHooks
    {
        public WriteHooks(Action leaving, CancellationToken stop)
        {
            Stop = stop;
            Leaving = leaving ?? throw new ArgumentNullException(nameof(leaving));
        }

        public CancellationToken Stop { get; }

        /// <summary>May throw RequestNotSentException (the journal could not be written): the request then stays here.</summary>
        public Action Leaving { get; }
    }

    /// <summary>The request never left: stopped while it waited, or its journal line could not be written.</summary>
    internal sealed class RequestNotSentException : Exception
    {
        public RequestNotSentException(string message, Exception? inner = null) : base(message, inner) { }
    }
}
