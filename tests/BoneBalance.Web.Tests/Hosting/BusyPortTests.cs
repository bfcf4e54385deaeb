using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BoneBalance.Web.Tests.TestSupport;

namespace BoneBalance.Web.Tests.Hosting;

/// <summary>The web host started on a port another program holds: one line on stderr, exit code 1, no stack trace.</summary>
public sealed class BusyPortTests
{
    [Fact]
    public async Task A_busy_port_is_one_line_and_exit_code_1()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        var dll = Path.Combine(Path.GetDirectoryName(typeof(Program).Assembly.Location)!, "BoneBalance.Web.dll");
        var database = Path.Combine(Path.GetTempPath(), $"bb-busy-{Guid.NewGuid():N}.db");
        var start = AppProcess.StartInfo(dll, port, database);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal(1, process.ExitCode);
            Assert.Equal(
                $"error: Failed to bind to address http://127.0.0.1:{port}: address already in use; valid: a free port, e.g. --urls http://localhost:5001",
                (await stderr).TrimEnd());
            var output = await stdout;
            Assert.False(output.Contains("   at ", StringComparison.Ordinal), "a stack trace on stdout:\n" + output);
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(database) + "*"))
            {
                File.Delete(file);
            }
        }
    }
}
