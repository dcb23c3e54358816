using System.Reflection;

namespace SmartGift.Commands;

/// <summary>
/// SIGTERM while New-SgSale or Invoke-SgRedeem sends (issue 21, finding 4): pwsh's default ends at once, leaving the
/// requests in the air Unknown. While a write runs, SIGTERM instead stops its sending (as Ctrl+C does), lets the requests
/// in flight finish and be recorded, then ends pwsh with 143. PosixSignalRegistration (.NET 6+) is reached by
/// reflection: the module also loads in Windows PowerShell 5.1, which has no SIGTERM.
/// </summary>
internal static class TerminateSignal
{
    // How long the requests in flight may take to finish before pwsh ends anyway (a service manager's own limit is usually 90 s).
    private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(80);
    // Each running write's StopSending; also the lock, pulsed as a write ends.
    private static readonly List<Action> Runs = [];
    private static IDisposable? _registration;

    /// <summary>Set once SIGTERM came during a write: pwsh is ending, nothing new may start sending.</summary>
    public static bool Received { get; private set; }

    /// <summary>A write begins, until disposed (journal and ledger closed); null where there is no SIGTERM (Windows).</summary>
    public static IDisposable? Enter(Action stopSending)
    {
        lock (Runs)
        {
            _registration ??= Register();
            if (_registration == null) return null;
            Runs.Add(stopSending);
            return new Run(stopSending);
        }
    }

    private sealed class Run(Action stopSending) : IDisposable
    {
        public void Dispose()
        {
            lock (Runs)
            {
                Runs.Remove(stopSending);
                if (Runs.Count == 0 && !Received)
                {
                    _registration?.Dispose();
                    _registration = null;
                }
                Monitor.PulseAll(Runs);
            }
        }
    }

    private static void OnTerminate(object context)
    {
        Action[] runs;
        lock (Runs)
        {
            if (Received) return; // a second SIGTERM: the default, pwsh ends at once
            Received = true;
            runs = Runs.ToArray();
        }
        // Not the default (the process ended at once): the runs end it when their requests are recorded.
        context.GetType().GetProperty("Cancel")?.SetValue(context, true);
        Console.Error.WriteLine("SIGTERM: stopping after the requests in flight (they finish and are recorded); nothing new is sent.");
        foreach (var stopSending in runs) stopSending();
        // Each run ends pwsh as it closes (EndIfReceived); this is for a run that never does. The signal's own thread returns at once.
        new Thread(EndWhenDone) { IsBackground = true, Name = "SmartGift SIGTERM" }.Start();
    }

    /// <summary>
    /// Called by a write as it closes: after SIGTERM, pwsh ends here, on the pipeline thread,
    /// once every write's requests are recorded; the script does not go on to its next line.
    /// </summary>
    public static void EndIfReceived()
    {
        if (Received) EndWhenDone();
    }

    private static void EndWhenDone()
    {
        var deadline = DateTime.UtcNow + DrainLimit;
        lock (Runs)
        {
            for (var left = DrainLimit; Runs.Count > 0 && left > TimeSpan.Zero; left = deadline - DateTime.UtcNow)
                Monitor.Wait(Runs, left);
        }
        Console.Out.Flush();
        Environment.Exit(143);
    }

    /// <summary>PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnTerminate), or null where it does not exist.</summary>
    private static IDisposable? Register()
    {
        if (System.IO.Path.DirectorySeparatorChar == '\\') return null; // Windows: no SIGTERM
        var registration = Type.GetType("System.Runtime.InteropServices.PosixSignalRegistration, System.Runtime.InteropServices", throwOnError: false);
        var signal = Type.GetType("System.Runtime.InteropServices.PosixSignal, System.Runtime.InteropServices", throwOnError: false);
        var context = Type.GetType("System.Runtime.InteropServices.PosixSignalContext, System.Runtime.InteropServices", throwOnError: false);
        var create = registration?.GetMethod("Create", BindingFlags.Public | BindingFlags.Static);
        if (create == null || signal == null || context == null) return null;
        // An Action<PosixSignalContext> straight from OnTerminate(object): a delegate may take a narrower reference type.
        var handler = Delegate.CreateDelegate(typeof(Action<>).MakeGenericType(context),
            typeof(TerminateSignal).GetMethod(nameof(OnTerminate), BindingFlags.NonPublic | BindingFlags.Static)!);
        return (IDisposable?)create.Invoke(null, new[] { Enum.Parse(signal, "SIGTERM"), handler });
    }
}
