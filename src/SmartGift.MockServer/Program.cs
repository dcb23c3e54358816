using System;
using System.Threading;
using SmartGift.MockServer;

// dotnet run --project src/SmartGift.MockServer -- --urls http://127.0.0.1:5080 [--seed FILE]
var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
return await MockServerHost.RunAsync(args, Console.Out, stop.Token);
