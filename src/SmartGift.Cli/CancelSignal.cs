using System;
using System.Threading;

namespace SmartGift.Cli
{
    /// <summary>
    /// Ctrl+C handling: the first press asks the running command to stop after the requests in
    /// flight (Core finishes and journals them); a second press ends the process at once.
    /// </summary>
    public sealed class CancelSignal : IDisposable
    {
        private readonly CancellationTokenSource _source = new CancellationTokenSource();

        public CancelSignal()
        {
            Console.CancelKeyPress += OnCancelKeyPress;
        }

        public CancellationToken Token => _source.Token;

        private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
        {
            if (_source.IsCancellationRequested) return; // second press: let the runtime end the process
            e.Cancel = true;
            Console.Error.WriteLine("Stopping: waiting for the requests in flight; nothing new is sent. Press Ctrl+C again to end at once.");
            _source.Cancel();
        }

        public void Dispose()
        {
            Console.CancelKeyPress -= OnCancelKeyPress;
            _source.Dispose();
        }
    }
}
