using System.Diagnostics;
using System.Globalization;
using BoneBalance.Cli.Screening;

namespace BoneBalance.Benchmarks;

/// <summary>
/// CPU time of <c>screen</c> runs in one process, input held in memory and output discarded: separates the JIT's
/// first-run work from the steady state that <c>bench/clinrisk/compare.sh</c> cannot see from outside the process.
/// </summary>
internal static class ScreenCpu
{
    public static void Run(string path, int runs)
    {
        var input = File.ReadAllBytes(path);
        var process = Process.GetCurrentProcess();
        for (var run = 1; run <= runs; run++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var summary = BatchScreen.Run(new MemoryStream(input, writable: false), Stream.Null, allowUnknownColumns: false);
            clock.Stop();
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"run {run}: {summary.Rows:N0} rows, CPU {cpu.TotalSeconds:F3} s ({cpu.TotalMilliseconds * 1e6 / summary.Rows:F0} ns/row), wall {clock.Elapsed.TotalSeconds:F3} s"));
        }
    }
}
