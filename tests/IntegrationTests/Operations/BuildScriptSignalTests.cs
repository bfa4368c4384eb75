using System.Diagnostics;
using System.Globalization;

namespace AirbnbClone.IntegrationTests.Operations;

/// <summary>
/// Issue 10, defect 10: <c>kill &lt;pid of ./build.sh run&gt;</c> did not stop the API (bash holds a trapped signal
/// while a foreground command runs). <c>./build.sh run</c> serves through scripts/child.sh's <c>run_child</c> with a
/// trap that calls <c>stop_child</c>; this drives that mechanism with a real TERM.
/// </summary>
public sealed class BuildScriptSignalTests
{
    [Fact]
    public async Task Term_Should_StopTheScriptAndItsLongRunningChildAtOnce()
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "child.sh");
        var marker = $"airbnbclone-child-test-{Guid.NewGuid():N}";
        using var bash = Process.Start(new ProcessStartInfo("bash")
        {
            ArgumentList = { "-c", $"source '{script}'; trap 'stop_child; exit 143' TERM; run_child bash -c 'exec -a {marker} sleep 300'" },
            UseShellExecute = false,
        })!;
        var child = await WaitForAsync(() => FindProcess(marker), TimeSpan.FromSeconds(10));
        child.ShouldNotBeNull("the child never started");

        var stopwatch = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-TERM", bash.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await bash.WaitForExitAsync(timeout.Token);
        bash.ExitCode.ShouldBe(143);
        (await WaitForAsync(() => FindProcess(marker) is null ? "gone" : null, TimeSpan.FromSeconds(5))).ShouldBe("gone", "the child outlived the script");
        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }

    private static string? FindProcess(string marker)
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline"));
                if (commandLine.StartsWith(marker, StringComparison.Ordinal))
                {
                    return Path.GetFileName(directory);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        return null;
    }

    private static async Task<string?> WaitForAsync(Func<string?> probe, TimeSpan within)
    {
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < within)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        return null;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AirbnbClone.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("AirbnbClone.sln not found above the test binaries.");
    }
}
