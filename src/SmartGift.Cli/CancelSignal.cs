using System.Runtime.InteropServices;

namespace SmartGift.Cli;

/// <summary>
/// The first Ctrl+C or SIGTERM stops after the requests in flight (Core journals them); a second Ctrl+C
/// ends the process. SIGTERM is handled here because the in-process mock server's host would swallow it.
/// </summary>
internal sealed class CancelSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new CancellationTokenSource();
    private readonly PosixSignalRegistration? _terminate;

    public CancelSignal()
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        if (!OperatingSystem.IsWindows())
            _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                Stop("SIGTERM");
            });
    }

    public CancellationToken Token => _source.Token;

    /// <summary>What asked for the stop ("Ctrl+C", "SIGTERM"), for the summary line; null while running.</summary>
    public string? Reason { get; private set; }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs e)
    {
        if (_source.IsCancellationRequested) return; // second press: let the runtime end the process
        e.Cancel = true;
        Stop("Ctrl+C");
    }

    private void Stop(string reason)
    {
        if (_source.IsCancellationRequested) return;
        Reason = reason;
        Console.Error.WriteLine("Stopping (" + reason + "): waiting for the requests in flight; nothing new is sent. Press Ctrl+C again to end at once.");
        _source.Cancel();
    }

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _terminate?.Dispose();
        _source.Dispose();
    }
}
