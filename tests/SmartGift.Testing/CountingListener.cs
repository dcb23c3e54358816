using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace SmartGift.Testing;

/// <summary>
/// A TCP listener on 127.0.0.1 that only counts the connections made to it and closes them:
/// posing as HTTP_PROXY, or as a server no request should ever reach.
/// </summary>
public sealed class CountingListener : IDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new CancellationTokenSource();
    private readonly Task _loop;
    private int _connections;

    public CountingListener()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(AcceptLoop);
    }

    public int Port { get; }
    public string Url => "http://127.0.0.1:" + Port;

    /// <summary>Connections accepted so far, plus any still waiting in the backlog.</summary>
    public int Connections
    {
        get
        {
            var waiting = 0;
            while (_listener.Pending())
            {
                _listener.AcceptTcpClient().Dispose();
                waiting++;
            }
            return Interlocked.Add(ref _connections, waiting);
        }
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
            }
            catch (Exception) { return; }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}
