using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SmartGift.Testing;

/// <summary>
/// A small hostile HTTP server on 127.0.0.1 (port 0) for key-hygiene tests (DESIGN 9): it reads
/// the Smart-Auth header of each request and answers whatever the test's responder builds from
/// it, so a test can make the server echo the key in any shape (another letter case, cut short,
/// inside an HTML title, a 422 field error, a success message). One request per connection.
/// </summary>
public sealed class HostileServer : IDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<HostileRequest, HostileAnswer>? _respond;
    private readonly Func<HostileRequest, Stream, CancellationToken, Task>? _write;
    private readonly CancellationTokenSource _stop = new CancellationTokenSource();
    private readonly Task _loop;

    public HostileServer(Func<HostileRequest, HostileAnswer> respond)
        : this(respond, null)
    {
    }

    /// <summary>A server that writes its own raw answer (status line, headers, body) to the connection: endless, trickling, lying about its length.</summary>
    public HostileServer(Func<HostileRequest, Stream, CancellationToken, Task> write)
        : this(null, write)
    {
    }

    private HostileServer(Func<HostileRequest, HostileAnswer>? respond, Func<HostileRequest, Stream, CancellationToken, Task>? write)
    {
        _respond = respond;
        _write = write;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        BaseAddress = new Uri("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/");
        _loop = Task.Run(AcceptLoop);
    }

    public Uri BaseAddress { get; }

    /// <summary>Every request seen, in order.</summary>
    public ConcurrentQueue<HostileRequest> Requests { get; } = new ConcurrentQueue<HostileRequest>();

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequest(stream);
                if (request == null) return;
                Requests.Enqueue(request);
                if (_write != null)
                {
                    await _write(request, stream, _stop.Token);
                    return;
                }
                var answer = _respond!(request);
                var body = Encoding.UTF8.GetBytes(answer.Body);
                var head = "HTTP/1.1 " + answer.Status + " " + answer.Reason + "\r\n"
                    + "Content-Type: " + answer.ContentType + "\r\n"
                    + "Content-Length: " + body.Length + "\r\n"
                    + "Connection: close\r\n\r\n";
                var headBytes = Encoding.UTF8.GetBytes(head);
                await stream.WriteAsync(headBytes);
                await stream.WriteAsync(body);
                await stream.FlushAsync();
            }
            catch (IOException) { }
            catch (SocketException) { }
            catch (OperationCanceledException) { }
        }
    }

    private static async Task<HostileRequest?> ReadRequest(NetworkStream stream)
    {
        var buffer = new MemoryStream();
        var one = new byte[4096];
        string? head = null;
        while (head == null)
        {
            var n = await stream.ReadAsync(one);
            if (n == 0) return null;
            buffer.Write(one, 0, n);
            var text = Encoding.UTF8.GetString(buffer.ToArray());
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end >= 0) head = text.Substring(0, end);
        }
        var lines = head.Split("\r\n");
        var parts = lines[0].Split(' ');
        string? key = null;
        var length = 0;
        foreach (var line in lines)
        {
            var colon = line.IndexOf(':');
            if (colon < 0) continue;
            var name = line.Substring(0, colon).Trim();
            var value = line.Substring(colon + 1).Trim();
            if (name.Equals("Smart-Auth", StringComparison.OrdinalIgnoreCase)) key = value;
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)) _ = int.TryParse(value, out length); // an unreadable length reads as 0
        }
        // The body is not needed; read it so the client sees its request taken.
        var have = buffer.Length - (Encoding.UTF8.GetByteCount(head) + 4);
        while (have < length)
        {
            var n = await stream.ReadAsync(one);
            if (n == 0) break;
            have += n;
        }
        return new HostileRequest(parts[0], parts.Length > 1 ? parts[1] : "/", key ?? "");
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
        _stop.Dispose();
    }
}

public sealed class HostileRequest
{
    public HostileRequest(string method, string path, string key)
    {
        Method = method;
        Path = path;
        Key = key;
    }

    public string Method { get; }
    public string Path { get; }
    /// <summary>The Smart-Auth header the client sent.</summary>
    public string Key { get; }
}

public sealed class HostileAnswer
{
    public HostileAnswer(int status, string reason, string contentType, string body)
    {
        Status = status;
        Reason = reason;
        ContentType = contentType;
        Body = body;
    }

    public int Status { get; }
    public string Reason { get; }
    public string ContentType { get; }
    public string Body { get; }

    public static HostileAnswer Json(int status, string body) => new HostileAnswer(status, status == 200 ? "OK" : "Error", "application/json", body);
    public static HostileAnswer Html(int status, string body) => new HostileAnswer(status, "Error", "text/html", body);
}
