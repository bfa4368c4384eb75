using System.Net;
using System.Net.Sockets;

namespace AirbnbClone.IntegrationTests.Infrastructure;

public sealed class RedisServerTests
{
    [Fact]
    public void Stop_Should_RefuseConnections_And_Start_Should_ServeAgainOnSamePort()
    {
        using var server = new RedisServer();
        var port = server.Port;
        server.IsRunning.ShouldBeTrue();
        server.ConnectionString.ShouldBe($"127.0.0.1:{port}");
        CanConnect(port).ShouldBeTrue();

        server.Stop();
        server.IsRunning.ShouldBeFalse();
        CanConnect(port).ShouldBeFalse();

        server.Start();
        server.Port.ShouldBe(port);
        server.IsRunning.ShouldBeTrue();
        CanConnect(port).ShouldBeTrue();
    }

    [Fact]
    public void Dispose_Should_StopServer()
    {
        var server = new RedisServer();
        var port = server.Port;

        server.Dispose();

        CanConnect(port).ShouldBeFalse();
        Should.Throw<ObjectDisposedException>(server.Start);
    }

    private static bool CanConnect(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
