using System.Runtime.InteropServices;
using SmartGift.MockServer;

// dotnet run --project src/SmartGift.MockServer -- --urls http://127.0.0.1:5080 [--seed FILE]
// SIGINT (Ctrl+C) and SIGTERM (kill, docker stop, systemd) stop the server cleanly with exit 0.
// The host itself hooks no signals (see MockServerHost): this process decides what they mean.
using var stop = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await MockServerCommandLine.RunAsync(args, Console.Out, stop.Token);
