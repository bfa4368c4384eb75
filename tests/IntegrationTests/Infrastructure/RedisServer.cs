using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AirbnbClone.IntegrationTests.Infrastructure;

/// <summary>
/// A private, throw-away <c>redis-server</c> process on a free loopback port (no persistence,
/// its own working directory in a temp folder). Starts in the constructor, so it can be used
/// directly as an xUnit class/collection fixture (<c>IClassFixture&lt;RedisServer&gt;</c>) or
/// created per test. <see cref="Stop"/> kills it (like a crash: data is lost) and
/// <see cref="Start"/> brings it back on the same <see cref="Port"/>, so tests can prove the
/// application keeps answering while Redis is down and recovers afterwards.
/// The executable is <c>redis-server</c> from PATH, or the path in the environment variable
/// <c>REDIS_SERVER_PATH</c>.
/// </summary>
public sealed class RedisServer : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);

    // $1 = owner (this test process) pid, $2 = the server's folder, $3 = redis-server, the rest
    // = its arguments. Runs redis-server as a child; once the owner is gone (killed without
    // disposing) kills it and deletes the folder. Exits with redis-server's exit code.
    private const string WatchdogScript = """
        owner=$1; dir=$2; exe=$3; shift 3
        "$exe" "$@" &
        child=$!
        trap 'kill -9 "$child" 2>/dev/null; exit 0' TERM INT HUP
        while kill -0 "$owner" 2>/dev/null && kill -0 "$child" 2>/dev/null; do
          sleep 1 </dev/null >/dev/null 2>&1
        done
        kill -9 "$child" 2>/dev/null
        wait "$child"
        status=$?
        if ! kill -0 "$owner" 2>/dev/null; then rm -rf -- "$dir"; fi
        exit $status
        """;

    private readonly string _directory;
    private readonly string _executable;
    private readonly Lock _sync = new();
    private readonly StringBuilder _output = new();
    private Process? _process;
    private bool _disposed;

    public RedisServer()
    {
        _executable = Environment.GetEnvironmentVariable("REDIS_SERVER_PATH") is { Length: > 0 } path
            ? path
            : "redis-server";
        _directory = Directory.CreateTempSubdirectory("airbnbclone-redis-").FullName;
        Port = GetFreeLoopbackPort();
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        Start();
    }

    /// <summary>The loopback TCP port; stays the same across <see cref="Stop"/>/<see cref="Start"/>.</summary>
    public int Port { get; }

    /// <summary>StackExchange.Redis configuration string for this server (host:port only).</summary>
    public string ConnectionString => string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{Port}");

    /// <summary>True between a successful <see cref="Start"/> and <see cref="Stop"/>.</summary>
    public bool IsRunning
    {
        get
        {
            lock (_sync)
            {
                return _process is { HasExited: false };
            }
        }
    }

    /// <summary>Starts the server (no-op when running) and waits until it answers PING.</summary>
    public void Start()
    {
        lock (_sync)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_process is { HasExited: false })
            {
                return;
            }

            _process?.Dispose();
            lock (_output)
            {
                _output.Clear();
            }

            var startInfo = new ProcessStartInfo
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = _directory,
            };
            if (OperatingSystem.IsWindows())
            {
                startInfo.FileName = _executable;
            }
            else
            {
                // Through a watchdog shell, so redis-server dies with this test process even
                // when Dispose never runs (test host killed or crashed): no orphaned servers.
                startInfo.FileName = "/bin/sh";
                startInfo.ArgumentList.Add("-c");
                startInfo.ArgumentList.Add(WatchdogScript);
                startInfo.ArgumentList.Add("redis-watchdog");
                startInfo.ArgumentList.Add(Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
                startInfo.ArgumentList.Add(_directory);
                startInfo.ArgumentList.Add(_executable);
            }

            foreach (var argument in new[]
            {
                "--port", Port.ToString(CultureInfo.InvariantCulture),
                "--bind", "127.0.0.1",
                "--save", string.Empty,
                "--appendonly", "no",
                "--dir", _directory,
                "--daemonize", "no",
                "--loglevel", "warning",
            })
            {
                startInfo.ArgumentList.Add(argument);
            }

            var process = new Process { StartInfo = startInfo };
            process.OutputDataReceived += OnOutput;
            process.ErrorDataReceived += OnOutput;
            try
            {
                process.Start();
            }
            catch (System.ComponentModel.Win32Exception ex)
            {
                process.Dispose();
                throw new InvalidOperationException(
                    $"Could not start '{_executable}': install redis-server (Debian: apt-get install redis-server) or set REDIS_SERVER_PATH.",
                    ex);
            }

            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            _process = process;
            WaitUntilReady(process);
        }
    }

    /// <summary>
    /// Kills the server at once (SIGKILL to the whole process tree, no clean shutdown) and
    /// waits for it to exit. The port is free again when this returns.
    /// </summary>
    public void Stop()
    {
        lock (_sync)
        {
            KillProcess();
        }
    }

    public void Dispose()
    {
        lock (_sync)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
            KillProcess();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a temp folder left behind is harmless.
            }
            catch (UnauthorizedAccessException)
            {
                // Same.
            }
        }
    }

    private static int GetFreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static bool AnswersPing(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.SendTimeout = 1000;
            client.ReceiveTimeout = 1000;
            client.Connect(IPAddress.Loopback, port);
            using var stream = client.GetStream();
            stream.Write("PING\r\n"u8);
            var buffer = new byte[16];
            var read = stream.Read(buffer, 0, buffer.Length);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private void WaitUntilReady(Process process)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                process.WaitForExit();
                var hint = process.ExitCode == 127
                    ? " (not found: install redis-server, Debian: apt-get install redis-server, or set REDIS_SERVER_PATH)"
                    : string.Empty;
                throw new InvalidOperationException(
                    $"redis-server on port {Port} exited with code {process.ExitCode}{hint}: {GetOutput()}");
            }

            if (AnswersPing(Port))
            {
                return;
            }

            Thread.Sleep(20);
        }

        KillProcess();
        throw new TimeoutException($"redis-server on port {Port} did not answer PING within {StartTimeout}: {GetOutput()}");
    }

    private void KillProcess()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        finally
        {
            process.Dispose();
        }
    }

    private void OnOutput(object sender, DataReceivedEventArgs e)
    {
        if (e.Data is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 16_000)
            {
                _output.AppendLine(e.Data);
            }
        }
    }

    private string GetOutput()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => Dispose();
}
